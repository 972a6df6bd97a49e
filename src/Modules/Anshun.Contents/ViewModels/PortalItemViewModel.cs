using Anshun.Contents.Models;

namespace Anshun.Contents.ViewModels;

/// <summary>An item page (信息正文) and its print view.</summary>
/// <param name="Sections">The item's section and its parents, root first (breadcrumb).</param>
/// <param name="ReadCount">阅读次数 for types that track reading; null otherwise.</param>
public sealed record PortalItemViewModel(
    ContentItemView Item,
    string TypeDisplayName,
    IReadOnlyList<PortalSectionLink> Sections,
    string? UnitName,
    int? ReadCount,
    IReadOnlyList<PortalFieldView> Fields,
    IReadOnlyList<PortalAttachmentView> Attachments)
{
    public string Url => "/content/" + Item.ContentItemId;

    public DateTime DisplayedUtc => Item.PublishedUtc ?? Item.ModifiedUtc;
}
