using Anshun.Core.Caching;
using Anshun.Core.Data;
using Anshun.Core.Organization;
using Anshun.Organization.Data;
using Anshun.Organization.Models;
using Microsoft.EntityFrameworkCore;

namespace Anshun.Organization.Services;

/// <summary>
/// Applies a declared unit tree (the recipe's <c>orgunits</c> step): units are matched by code and
/// updated in place, new ones created, their sort order taken from the declaration. Units not
/// mentioned are left alone; nothing is ever deleted or duplicated.
/// </summary>
public sealed class OrgUnitImporter(
    OrganizationDbContext db,
    IDataSession session,
    IEnumerable<IOrganizationEventHandler> handlers,
    TimeProvider time)
{
    /// <summary>Upserts the tree; returns how many units were created and how many updated.</summary>
    /// <exception cref="OrgValidationException">A code appears twice in the declaration.</exception>
    public async Task<(int Created, int Updated)> ImportAsync(IReadOnlyList<OrgUnitDefinition> roots, CancellationToken cancellationToken = default)
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        CheckDuplicateCodes(roots, seen);

        await using var transaction = await session.BeginTransactionAsync(cancellationToken);
        var all = await db.Units.ToListAsync(cancellationToken);
        var byCode = all.ToDictionary(u => u.Code, StringComparer.Ordinal);
        var counts = new Counts();
        var now = time.GetUtcNow().UtcDateTime;
        for (var i = 0; i < roots.Count; i++)
        {
            Upsert(roots[i], null, i + 1, all, byCode, counts, now);
        }

        var changed = ChangedUnits();
        await db.SaveChangesAsync(cancellationToken);
        foreach (var unit in changed)
        {
            foreach (var handler in handlers)
            {
                await handler.UnitChangedAsync(new OrgUnitEventContext(unit.Id, unit.Code), cancellationToken);
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return (counts.Created, counts.Updated);
    }

    /// <summary>Existing units whose name, code, kind or place in the tree the import changes (new units have no members yet).</summary>
    private List<OrgUnit> ChangedUnits() => db.ChangeTracker.Entries<OrgUnit>()
        .Where(e => e.State == EntityState.Modified
            && (e.ValueChanged(nameof(OrgUnit.Name)) || e.ValueChanged(nameof(OrgUnit.Code)) || e.ValueChanged(nameof(OrgUnit.Kind)) || e.ValueChanged(nameof(OrgUnit.Path))))
        .Select(e => e.Entity)
        .ToList();

    private void Upsert(OrgUnitDefinition definition, OrgUnit? parent, int sortOrder, List<OrgUnit> all,
        Dictionary<string, OrgUnit> byCode, Counts counts, DateTime now)
    {
        var code = OrgUnitRules.NormalizeCode(definition.Code);
        if (!byCode.TryGetValue(code, out var unit))
        {
            var id = Guid.NewGuid().ToString("N");
            unit = new OrgUnit
            {
                Id = id,
                Code = code,
                ParentId = parent?.Id,
                Path = OrgUnitTree.PathUnder(parent, id),
                IsActive = true,
                CreatedUtc = now,
            };
            all.Add(unit);
            byCode[code] = unit;
            db.Units.Add(unit);
            counts.Created++;
        }
        else
        {
            if (unit.ParentId != parent?.Id)
            {
                OrgUnitTree.Reparent(unit, parent, all);
            }

            counts.Updated++;
        }

        unit.Name = definition.Name.Trim();
        unit.ShortName = OrgUnitRules.Clean(definition.ShortName);
        unit.Kind = definition.Kind;
        unit.Phone = OrgUnitRules.Clean(definition.Phone);
        unit.Address = OrgUnitRules.Clean(definition.Address);
        unit.SortOrder = sortOrder;
        unit.UpdatedUtc = now;

        for (var i = 0; i < definition.Children.Count; i++)
        {
            Upsert(definition.Children[i], unit, i + 1, all, byCode, counts, now);
        }
    }

    private static void CheckDuplicateCodes(IReadOnlyList<OrgUnitDefinition> units, Dictionary<string, string> seen)
    {
        foreach (var unit in units)
        {
            var code = OrgUnitRules.NormalizeCode(unit.Code);
            if (seen.TryGetValue(code, out var first))
            {
                throw new OrgValidationException("code", $"单位代码“{code}”重复：“{first}”与“{unit.Name}”使用了同一代码。");
            }

            seen[code] = unit.Name;
            CheckDuplicateCodes(unit.Children, seen);
        }
    }

    private sealed class Counts
    {
        public int Created { get; set; }

        public int Updated { get; set; }
    }
}
