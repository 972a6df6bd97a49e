using Anshun.Organization.Models;

namespace Anshun.Organization.ViewModels;

/// <summary>The 组织机构 page: the tree on the left, the selected unit's details and members on the right.</summary>
public sealed class OrgIndexViewModel
{
    public required IReadOnlyList<OrgUnit> Units { get; init; }

    public required ILookup<string, OrgUnit> ChildrenByParent { get; init; }

    public OrgUnit? Selected { get; init; }

    /// <summary>The selected unit's ancestors, root first (they are shown expanded).</summary>
    public IReadOnlyList<OrgUnit> SelectedAncestors { get; init; } = [];

    public IReadOnlyList<OrgMember> Members { get; init; } = [];

    /// <summary>Whether the user directory answered; members are shown by id when it did not.</summary>
    public bool UserNamesAvailable { get; init; }

    public bool ShowInactive { get; init; }

    public IEnumerable<OrgUnit> Roots => Units.Where(u => u.ParentId is null || Units.All(p => p.Id != u.ParentId));

    public IEnumerable<OrgUnit> ChildrenOf(OrgUnit unit) => ChildrenByParent[unit.Id];

    public bool IsExpanded(OrgUnit unit) =>
        unit.ParentId is null || SelectedAncestors.Any(a => a.Id == unit.Id) || Selected?.Id == unit.Id;
}
