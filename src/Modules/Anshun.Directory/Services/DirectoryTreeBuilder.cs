using Anshun.Core.Organization;
using Anshun.StaffDirectory.ViewModels;

namespace Anshun.StaffDirectory.Services;

/// <summary>Nests the active units for the page's unit tree.</summary>
public static class DirectoryTreeBuilder
{
    public static IReadOnlyList<DirectoryUnitNode> Build(IReadOnlyList<OrgUnitInfo> units, OrgUnitInfo? selected)
    {
        var ids = units.Select(u => u.Id).ToHashSet(StringComparer.Ordinal);
        var children = units.Where(u => u.ParentId is not null && ids.Contains(u.ParentId)).ToLookup(u => u.ParentId!, StringComparer.Ordinal);
        var roots = units.Where(u => u.ParentId is null || !ids.Contains(u.ParentId));
        var selectedPath = selected is null ? [] : selected.Path.Split('/').ToHashSet(StringComparer.Ordinal);
        return roots.Select(root => Node(root, 0)).ToList();

        DirectoryUnitNode Node(OrgUnitInfo unit, int depth) => new(
            unit.Id,
            unit.Code,
            unit.Name,
            unit.Id == selected?.Id,
            depth == 0 || (selectedPath.Contains(unit.Id) && unit.Id != selected?.Id),
            children[unit.Id].Select(child => Node(child, depth + 1)).ToList());
    }
}
