using Anshun.Core.Settings;

namespace Anshun.Features.Services;

/// <summary>Checks the site information; errors are keyed by the camelCase field name the API uses.</summary>
public static class SiteInfoValidator
{
    public const string SiteNameField = "siteName";
    public const string ShortNameField = "shortName";
    public const string CopyrightField = "copyright";

    public static Dictionary<string, string[]> Validate(SiteInfo site)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(site.SiteName))
        {
            errors[SiteNameField] = ["请填写站点名称。"];
        }
        else if (site.SiteName.Trim().Length > SiteInfo.SiteNameMaxLength)
        {
            errors[SiteNameField] = [$"站点名称不能超过 {SiteInfo.SiteNameMaxLength} 个字。"];
        }

        if (site.ShortName?.Trim().Length > SiteInfo.ShortNameMaxLength)
        {
            errors[ShortNameField] = [$"简称不能超过 {SiteInfo.ShortNameMaxLength} 个字。"];
        }

        if (site.Copyright?.Trim().Length > SiteInfo.CopyrightMaxLength)
        {
            errors[CopyrightField] = [$"版权信息不能超过 {SiteInfo.CopyrightMaxLength} 个字。"];
        }

        return errors;
    }

    /// <summary>Trims every field; empty optional fields become null.</summary>
    public static SiteInfo Normalize(SiteInfo site) => new()
    {
        SiteName = site.SiteName?.Trim() ?? "",
        ShortName = string.IsNullOrWhiteSpace(site.ShortName) ? null : site.ShortName.Trim(),
        Copyright = string.IsNullOrWhiteSpace(site.Copyright) ? null : site.Copyright.Trim(),
    };
}
