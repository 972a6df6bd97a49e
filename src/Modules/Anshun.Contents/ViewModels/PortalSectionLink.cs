namespace Anshun.Contents.ViewModels;

/// <summary>A link to a section (栏目) in tabs and breadcrumbs.</summary>
public sealed record PortalSectionLink(string Name, string Code, bool IsCurrent)
{
    public string Url => "/sections/" + Uri.EscapeDataString(Code);
}
