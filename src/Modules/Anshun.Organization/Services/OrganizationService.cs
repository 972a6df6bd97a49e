using Anshun.Core.Data;
using Anshun.Core.Organization;
using Anshun.Organization.Data;
using Anshun.Organization.Models;
using Microsoft.EntityFrameworkCore;

namespace Anshun.Organization.Services;

/// <inheritdoc cref="IOrganizationService" />
public sealed class OrganizationService(
    OrganizationDbContext db,
    IDataSession session,
    IEnumerable<IOrganizationEventHandler> handlers,
    TimeProvider time) : IOrganizationService
{
    public async Task<IReadOnlyList<OrgUnitInfo>> GetUnitsAsync(CancellationToken cancellationToken = default)
    {
        var units = await db.Units.AsNoTracking().ToListAsync(cancellationToken);
        return OrgUnitTree.Order(units).Select(u => u.ToInfo()).ToList();
    }

    public async Task<OrgUnitInfo?> FindUnitAsync(string idOrCode, CancellationToken cancellationToken = default) =>
        (await FindAsync(idOrCode, cancellationToken))?.ToInfo();

    public async Task<IReadOnlyList<MembershipInfo>> GetMembershipsAsync(string userId, CancellationToken cancellationToken = default)
    {
        var rows = await db.Memberships.AsNoTracking()
            .Where(m => m.UserId == userId)
            .Join(db.Units, m => m.UnitId, u => u.Id, (m, u) => new { Membership = m, u.Path })
            .ToListAsync(cancellationToken);
        return rows.OrderByDescending(r => r.Membership.IsPrimary).ThenBy(r => r.Path, StringComparer.Ordinal)
            .Select(r => ToInfo(r.Membership)).ToList();
    }

    /// <summary>
    /// Replaces the user's memberships. Units may be given by id or code; each unit at most once and
    /// active. More than one primary is refused; when none is marked, the first becomes primary.
    /// The caller (the user editor) audits the change as <c>user.moved</c>.
    /// </summary>
    /// <exception cref="OrgValidationException">A unit is unknown, inactive or repeated, or several are primary.</exception>
    public async Task SetMembershipsAsync(string userId, IReadOnlyList<MembershipInfo> memberships, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(userId))
        {
            throw new OrgValidationException("userId", "缺少用户标识。");
        }

        if (memberships.Count(m => m.IsPrimary) > 1)
        {
            throw new OrgValidationException("units", "只能有一个主要任职单位。");
        }

        var wanted = new List<OrgMembership>();
        foreach (var membership in memberships)
        {
            var unit = await FindAsync(membership.UnitId, cancellationToken)
                ?? throw new OrgValidationException("units", $"任职单位“{membership.UnitId}”不存在。");
            if (!unit.IsActive)
            {
                throw new OrgValidationException("units", $"单位“{unit.Name}”已停用，不能在该单位任职。");
            }

            if (wanted.Any(w => w.UnitId == unit.Id))
            {
                throw new OrgValidationException("units", $"同一单位只能任职一次，“{unit.Name}”重复。");
            }

            var position = OrgUnitRules.Clean(membership.Position);
            if (position is { Length: > OrgUnitRules.PositionMaxLength })
            {
                throw new OrgValidationException("position", $"职务不能超过 {OrgUnitRules.PositionMaxLength} 个字符。");
            }

            wanted.Add(new OrgMembership { UserId = userId, UnitId = unit.Id, Position = position, IsPrimary = membership.IsPrimary });
        }

        if (wanted.Count > 0 && !wanted.Any(w => w.IsPrimary))
        {
            wanted[0].IsPrimary = true;
        }

        await using var transaction = await session.BeginTransactionAsync(cancellationToken);
        var existing = await db.Memberships.Where(m => m.UserId == userId).ToListAsync(cancellationToken);
        db.Memberships.RemoveRange(existing.Where(e => wanted.All(w => w.UnitId != e.UnitId)));
        foreach (var membership in wanted)
        {
            var current = existing.FirstOrDefault(e => e.UnitId == membership.UnitId);
            if (current is not null)
            {
                current.Position = membership.Position;
                current.IsPrimary = membership.IsPrimary;
                continue;
            }

            // A newcomer joins at the end of the unit's member list.
            var last = await db.Memberships.Where(m => m.UnitId == membership.UnitId)
                .MaxAsync(m => (int?)m.SortOrder, cancellationToken);
            membership.SortOrder = (last ?? 0) + 1;
            db.Memberships.Add(membership);
        }

        var changed = db.ChangeTracker.HasChanges();
        await db.SaveChangesAsync(cancellationToken);
        if (changed)
        {
            var context = new MembershipsEventContext(userId, existing.Select(e => e.UnitId).ToList(), wanted.Select(w => w.UnitId).ToList());
            foreach (var handler in handlers)
            {
                await handler.MembershipsChangedAsync(context, cancellationToken);
            }
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<MembershipInfo>> GetMembersAsync(string unitId, bool includeDescendants, CancellationToken cancellationToken = default)
    {
        var unit = await FindAsync(unitId, cancellationToken);
        if (unit is null)
        {
            return [];
        }

        if (!includeDescendants)
        {
            var direct = await db.Memberships.AsNoTracking().Where(m => m.UnitId == unit.Id).ToListAsync(cancellationToken);
            return direct.OrderBy(m => m.SortOrder).ThenBy(m => m.UserId, StringComparer.Ordinal).Select(ToInfo).ToList();
        }

        var prefix = unit.Path + "/";
        var subtree = await db.Units.AsNoTracking()
            .Where(u => u.Id == unit.Id || u.Path.StartsWith(prefix))
            .ToListAsync(cancellationToken);
        var unitIds = subtree.Select(u => u.Id).ToList();
        var members = await db.Memberships.AsNoTracking().Where(m => unitIds.Contains(m.UnitId)).ToListAsync(cancellationToken);
        var byUnit = members.ToLookup(m => m.UnitId);
        return OrgUnitTree.Order(subtree)
            .SelectMany(u => byUnit[u.Id].OrderBy(m => m.SortOrder).ThenBy(m => m.UserId, StringComparer.Ordinal))
            .Select(ToInfo)
            .ToList();
    }

    public async Task<string?> GetLeaderAsync(string userId, CancellationToken cancellationToken = default) =>
        await db.Leaders.AsNoTracking().Where(l => l.UserId == userId).Select(l => l.LeaderUserId).FirstOrDefaultAsync(cancellationToken);

    /// <exception cref="OrgValidationException">The leader is the user.</exception>
    public async Task SetLeaderAsync(string userId, string? leaderUserId, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(userId))
        {
            throw new OrgValidationException("userId", "缺少用户标识。");
        }

        leaderUserId = OrgUnitRules.Clean(leaderUserId);
        if (leaderUserId == userId)
        {
            throw new OrgValidationException("leader", "分管领导不能是本人。");
        }

        await using var transaction = await session.BeginTransactionAsync(cancellationToken);
        var current = await db.Leaders.FirstOrDefaultAsync(l => l.UserId == userId, cancellationToken);
        if (leaderUserId is null)
        {
            if (current is not null)
            {
                db.Leaders.Remove(current);
            }
        }
        else if (current is null)
        {
            db.Leaders.Add(new OrgLeader { UserId = userId, LeaderUserId = leaderUserId, UpdatedUtc = time.GetUtcNow().UtcDateTime });
        }
        else if (current.LeaderUserId != leaderUserId)
        {
            current.LeaderUserId = leaderUserId;
            current.UpdatedUtc = time.GetUtcNow().UtcDateTime;
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private async Task<OrgUnit?> FindAsync(string? idOrCode, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(idOrCode))
        {
            return null;
        }

        var key = idOrCode.Trim();
        var code = OrgUnitRules.NormalizeCode(key);
        return await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Id == key, cancellationToken)
            ?? await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Code == code, cancellationToken);
    }

    private static MembershipInfo ToInfo(OrgMembership m) => new(m.UserId, m.UnitId, m.Position, m.IsPrimary);
}
