namespace Anshun.StaffDirectory.ViewModels;

/// <summary>A unit in the directory's left-hand tree.</summary>
/// <param name="IsOpen">Shown expanded: a top-level unit, or one on the way to the selected unit.</param>
public sealed record DirectoryUnitNode(string Id, string Code, string Name, bool IsSelected, bool IsOpen, IReadOnlyList<DirectoryUnitNode> Children);
