using Anshun.Organization.Models;

namespace Anshun.Organization.Services;

/// <summary>Tree helpers over a flat list of units.</summary>
public static class OrgUnitTree
{
    /// <summary>Depth-first order: every parent before its children, siblings by sort order then name.</summary>
    public static List<OrgUnit> Order(IEnumerable<OrgUnit> units)
    {
        var all = units.ToList();
        var ids = all.Select(u => u.Id).ToHashSet(StringComparer.Ordinal);
        var byParent = all.ToLookup(u => u.ParentId is not null && ids.Contains(u.ParentId) ? u.ParentId : "");
        var result = new List<OrgUnit>(all.Count);
        var stack = new Stack<OrgUnit>(Siblings(byParent[""]).Reverse());
        while (stack.Count > 0)
        {
            var unit = stack.Pop();
            result.Add(unit);
            foreach (var child in Siblings(byParent[unit.Id]).Reverse())
            {
                stack.Push(child);
            }
        }

        return result;
    }

    /// <summary>The path of a unit placed under <paramref name="parent"/> (a root when null).</summary>
    public static string PathUnder(OrgUnit? parent, string id) => parent is null ? id : parent.Path + "/" + id;

    /// <summary>True when <paramref name="candidate"/> is <paramref name="unit"/> itself or lies below it.</summary>
    public static bool IsSelfOrDescendant(OrgUnit candidate, OrgUnit unit) =>
        candidate.Id == unit.Id || candidate.Path.StartsWith(unit.Path + "/", StringComparison.Ordinal);

    /// <summary>
    /// Puts <paramref name="unit"/> under <paramref name="newParent"/> and rewrites the paths of the
    /// unit and of every unit in <paramref name="candidates"/> that lies below it.
    /// </summary>
    public static void Reparent(OrgUnit unit, OrgUnit? newParent, IEnumerable<OrgUnit> candidates)
    {
        var oldPrefix = unit.Path + "/";
        var newPath = PathUnder(newParent, unit.Id);
        foreach (var descendant in candidates.Where(c => c.Path.StartsWith(oldPrefix, StringComparison.Ordinal)).ToList())
        {
            descendant.Path = newPath + "/" + descendant.Path[oldPrefix.Length..];
        }

        unit.ParentId = newParent?.Id;
        unit.Path = newPath;
    }

    private static IEnumerable<OrgUnit> Siblings(IEnumerable<OrgUnit> units) =>
        units.OrderBy(u => u.SortOrder).ThenBy(u => u.Name, StringComparer.Ordinal);
}
