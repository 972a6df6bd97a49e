using Anshun.Core.Organization;
using Anshun.Core.Users;
using Anshun.StaffDirectory.Models;

namespace Anshun.StaffDirectory.Services;

/// <summary>
/// Reads the directory as it is now from the org tree (<see cref="IOrganizationService"/>) and the accounts
/// (<see cref="IUserDirectory"/>), uncached: an entry for each post of an enabled user in an active unit.
/// The page reads it through <see cref="DirectoryIndex"/>'s short cache; the search source reads it directly,
/// so the index never takes a stale copy.
/// </summary>
public sealed class DirectoryReader(IOrganizationService organization, IUserDirectory users, PinyinKeyCache pinyin)
{
    /// <summary>The whole directory, without privacy choices.</summary>
    public async Task<DirectorySnapshot> ReadAsync(CancellationToken cancellationToken = default)
    {
        var units = (await organization.GetUnitsAsync(cancellationToken)).Where(u => u.IsActive).ToList();
        var unitsById = units.ToDictionary(u => u.Id, StringComparer.Ordinal);

        var memberships = new List<MembershipInfo>();
        foreach (var root in units.Where(u => u.ParentId is null || !unitsById.ContainsKey(u.ParentId)))
        {
            memberships.AddRange(await organization.GetMembersAsync(root.Id, includeDescendants: true, cancellationToken));
        }

        memberships = memberships.Where(m => unitsById.ContainsKey(m.UnitId)).DistinctBy(m => (m.UserId, m.UnitId)).ToList();
        var accounts = await users.GetByIdsAsync(memberships.Select(m => m.UserId).Distinct(), cancellationToken);
        return new DirectorySnapshot(units, Entries(memberships, accounts, unitsById), new Dictionary<string, MobileVisibility>());
    }

    /// <summary>The entries of one person (one per post); empty when the account is disabled or gone.</summary>
    /// <param name="units">Every unit, as <see cref="IOrganizationService.GetUnitsAsync"/> returns them.</param>
    public async Task<IReadOnlyList<DirectoryEntry>> ReadPersonAsync(string userId, IReadOnlyList<OrgUnitInfo> units,
        CancellationToken cancellationToken = default)
    {
        var unitsById = units.Where(u => u.IsActive).ToDictionary(u => u.Id, StringComparer.Ordinal);
        var memberships = (await organization.GetMembershipsAsync(userId, cancellationToken)).Where(m => unitsById.ContainsKey(m.UnitId)).ToList();
        if (memberships.Count == 0)
        {
            return [];
        }

        var account = await users.FindByIdAsync(userId, cancellationToken);
        return Entries(memberships, account is null ? [] : [account], unitsById);
    }

    /// <param name="memberships">Posts in active units only.</param>
    private List<DirectoryEntry> Entries(List<MembershipInfo> memberships, IReadOnlyList<UserInfo> accounts, Dictionary<string, OrgUnitInfo> unitsById)
    {
        var enabled = accounts.Where(u => u.IsEnabled).ToDictionary(u => u.Id, StringComparer.Ordinal);
        var homeUnits = memberships
            .GroupBy(m => m.UserId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlySet<string>)g.Select(m => HomeUnitOf(m.UnitId, unitsById)).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);

        var entries = new List<DirectoryEntry>(memberships.Count);
        foreach (var membership in memberships)
        {
            if (!enabled.TryGetValue(membership.UserId, out var account))
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

        return entries;
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
