using Anshun.Core.Settings;

namespace Anshun.Features.ViewModels;

/// <summary>The site settings form (站点设置).</summary>
public sealed class SiteSettingsViewModel
{
    public string? SiteName { get; set; }

    public string? ShortName { get; set; }

    public string? Copyright { get; set; }

    public static SiteSettingsViewModel From(SiteInfo site) => new()
    {
        SiteName = site.SiteName,
        ShortName = site.ShortName,
        Copyright = site.Copyright,
    };

    public SiteInfo ToSiteInfo() => new() { SiteName = SiteName ?? "", ShortName = ShortName, Copyright = Copyright };
}
