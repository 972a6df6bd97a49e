using Anshun.Core.Organization;
using Anshun.Core.Users;
using Anshun.StaffDirectory.Models;

namespace Anshun.StaffDirectory.Services;

/// <summary>
/// Builds the directory from the org tree (<see cref="IOrganizationService"/>) and the accounts
/// (<see cref="IUserDirectory"/>), kept for a short while by <see cref="DirectorySnapshotCache"/>;
/// the privacy choices come fresh from this module's table on every call, so a changed choice
/// applies at once on every node. Pinyin keys come from <see cref="PinyinKeyCache"/>.
/// </summary>
public sealed class DirectoryIndex(
    IOrganizationService organization,
    IUserDirectory users,
    DirectoryPreferenceStore preferences,
    PinyinKeyCache pinyin,
    DirectorySnapshotCache cache)
{
    public async Task<DirectorySnapshot> BuildAsync(CancellationToken cancellationToken = default)
    {
        var choices = await preferences.GetAllAsync(cancellationToken);
        var cached = cache.Get();
        if (cached is null)
        {
            cached = await ReadAsync(cancellationToken);
            cache.Set(cached);
        }

        return cached with { Choices = choices };
    }

    private async Task<DirectorySnapshot> ReadAsync(CancellationToken cancellationToken)
    {
        var units = (await organization.GetUnitsAsync(cancellationToken)).Where(u => u.IsActive).ToList();
        var unitsById = units.ToDictionary(u => u.Id, StringComparer.Ordinal);

        var memberships = new List<MembershipInfo>();
        foreach (var root in units.Where(u => u.ParentId is null || !unitsById.ContainsKey(u.ParentId)))
        {
            memberships.AddRange(await organization.GetMembersAsync(root.Id, includeDescendants: true, cancellationToken));
        }

        memberships = memberships.Where(m => unitsById.ContainsKey(m.UnitId)).DistinctBy(m => (m.UserId, m.UnitId)).ToList();
        var accounts = (await users.GetByIdsAsync(memberships.Select(m => m.UserId).Distinct(), cancellationToken))
            .Where(u => u.IsEnabled)
            .ToDictionary(u => u.Id, StringComparer.Ordinal);
        var homeUnits = memberships
            .GroupBy(m => m.UserId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlySet<string>)g.Select(m => HomeUnitOf(m.UnitId, unitsById)).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);

        var entries = new List<DirectoryEntry>(memberships.Count);
        foreach (var membership in memberships)
        {
            if (!accounts.TryGetValue(membership.UserId, out var account))
            {
                continue;
            }

            var unit = unitsById[membership.UnitId];
            var name = string.IsNullOrWhiteSpace(account.DisplayName) ? account.UserName : account.DisplayName;
            entries.Add(new DirectoryEntry(
                account.Id,
                name,
                unit.Id,
                unit.Name,
                unit.Path,
                membership.Position,
                account.OfficePhone,
                account.Mobile,
                account.Email,
                homeUnits[account.Id],
                pinyin.ForPerson(name)));
        }

        return new DirectorySnapshot(units, entries, new Dictionary<string, MobileVisibility>());
    }

    /// <summary>本单位 of a post: internal divisions (处室、科室) belong to the unit above them.</summary>
    private static string HomeUnitOf(string unitId, Dictionary<string, OrgUnitInfo> unitsById)
    {
        var unit = unitsById[unitId];
        while (unit.Kind == OrgUnitKind.Division && unit.ParentId is not null && unitsById.TryGetValue(unit.ParentId, out var parent))
        {
            unit = parent;
        }

        return unit.Id;
    }
}
