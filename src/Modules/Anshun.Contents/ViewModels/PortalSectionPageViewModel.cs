using Anshun.Contents.Models;

namespace Anshun.Contents.ViewModels;

/// <summary>A section's list page (栏目列表): sub-section tabs, the filter, one page of items.</summary>
/// <param name="Ancestors">Parent sections, root first, for the breadcrumb.</param>
/// <param name="Tabs">全部 (the parent list) and its sub-sections; empty when there are none.</param>
/// <param name="Errors">Filter input that could not be used, in whole Chinese sentences.</param>
public sealed record PortalSectionPageViewModel(
    SectionInfo Section,
    IReadOnlyList<PortalSectionLink> Ancestors,
    IReadOnlyList<PortalSectionLink> Tabs,
    IReadOnlyList<PortalListItem> Items,
    int Page,
    int TotalPages,
    int TotalCount,
    PortalSectionFilter Filter,
    IReadOnlyList<PortalUnitOption> Units,
    IReadOnlyList<string> Errors)
{
    public string PageUrl(int page) => "/sections/" + Uri.EscapeDataString(Section.Code) + Filter.QueryFor(page);
}
