namespace Anshun.Contents.ViewModels;

/// <summary>The body of a home widget: the newest items of one section.</summary>
public sealed record PortalWidgetViewModel(
    string SectionName,
    IReadOnlyList<PortalListItem> Items,
    bool ShowUnit,
    bool ShowVersion);
