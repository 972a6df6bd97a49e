namespace Anshun.Core.Tests.Support;

/// <summary>The part of the <c>Site</c> setting the tests read back.</summary>
public sealed class SiteSettingsModel
{
    public string? SiteName { get; set; }

    public string? Copyright { get; set; }
}
