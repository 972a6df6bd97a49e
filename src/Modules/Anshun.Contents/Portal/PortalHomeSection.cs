using Anshun.Core.Portal;

namespace Anshun.Contents.Portal;

/// <summary>A section shown as a home widget (首页栏目块) and how its list looks.</summary>
/// <param name="WidgetId">Stable widget id, the key of users' personalisation.</param>
/// <param name="Code">The section code (fixed names, see the portal recipe).</param>
/// <param name="UnreadType">A content type whose unread count goes into the card title.</param>
public sealed record PortalHomeSection(
    string WidgetId,
    string Code,
    string Icon,
    int Order,
    HomeWidgetWidth Width)
{
    public int Count { get; init; } = 8;

    public bool PinnedFirst { get; init; }

    /// <summary>Show the issuing unit (发布单位) beside each title.</summary>
    public bool ShowUnit { get; init; }

    /// <summary>Show the 版本 field (软件下载).</summary>
    public bool ShowVersion { get; init; }

    public string? UnreadType { get; init; }
}
