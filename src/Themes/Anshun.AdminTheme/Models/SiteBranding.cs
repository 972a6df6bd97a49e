namespace Anshun.AdminTheme.Models;

/// <summary>
/// What the themes show of the site setting <c>Site</c> (站点信息): its name, short name and the
/// footer's copyright line. Stored as JSON by the settings step and the settings page.
/// </summary>
public sealed class SiteBranding
{
    public const string SettingsKey = "Site";

    public const string DefaultSiteName = "安顺市政府办公信息系统";

    /// <summary>站点名称.</summary>
    public string SiteName { get; set; } = DefaultSiteName;

    /// <summary>简称, used where space is short (the phone's top bar).</summary>
    public string? ShortName { get; set; }

    /// <summary>版权信息 (主办、技术支持).</summary>
    public string? Copyright { get; set; }
}
