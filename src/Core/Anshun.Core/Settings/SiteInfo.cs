namespace Anshun.Core.Settings;

/// <summary>
/// 站点信息: the setting <see cref="Key"/> — the site's name, short name and the footer's copyright
/// line. Edited on the site settings page; themes read it to show the name.
/// </summary>
public sealed class SiteInfo
{
    public const string Key = "Site";

    public const string DefaultSiteName = "安顺市政府办公信息系统";

    public const int SiteNameMaxLength = 100;

    public const int ShortNameMaxLength = 30;

    public const int CopyrightMaxLength = 200;

    /// <summary>站点名称.</summary>
    public string SiteName { get; set; } = DefaultSiteName;

    /// <summary>简称.</summary>
    public string? ShortName { get; set; }

    /// <summary>版权信息.</summary>
    public string? Copyright { get; set; }
}
