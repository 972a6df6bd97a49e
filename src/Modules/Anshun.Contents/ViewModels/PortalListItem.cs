using Anshun.Contents.Models;

namespace Anshun.Contents.ViewModels;

/// <summary>One line of a portal list or widget: the item, its 发布单位 by name, and whether the reader has opened it.</summary>
/// <param name="Version">软件下载: the 版本 field.</param>
public sealed record PortalListItem(ContentSummary Summary, string? UnitName, bool IsUnread, string? Version = null)
{
    public string Url => "/content/" + Summary.ContentItemId;
}
