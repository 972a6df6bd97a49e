using System.Globalization;
using Anshun.Core.Caching;
using Anshun.Core.Data;
using Anshun.Core.Organization;
using Anshun.Users.Data;
using Anshun.Users.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Anshun.Users.Services;

/// <summary>
/// Reads <see cref="UserSecuritySnapshot"/>s, kept in memory per user under the generation of
/// <see cref="ChangeTopics.Security"/>: every request checks the cookie, the permissions and the access
/// rules against them, and the database is read again only after an account, role, membership or unit
/// change (at once on the node that made it, within a second on the others). Reads inside an open
/// transaction are not kept, because that transaction may still roll back.
/// </summary>
/// <remarks>
/// The cookie check resolves this on every request; the database context and the organization service
/// are deferred to a miss, so a request served from memory does not construct them.
/// </remarks>
public sealed class UserSecurityReader(
    Deferred<UsersDbContext> database,
    Deferred<IOrganizationService> organizations,
    IChangeSignals signals,
    IDataSession session,
    IMemoryCache cache)
{
    /// <summary>Unused entries leave memory after this long, so people who went home cost nothing.</summary>
    public static readonly TimeSpan IdleLifetime = TimeSpan.FromMinutes(20);

    public async Task<UserSecuritySnapshot> GetAsync(string userId, CancellationToken cancellationToken = default)
    {
        var generation = await signals.GetGenerationAsync(ChangeTopics.Security, cancellationToken);
        var key = string.Create(CultureInfo.InvariantCulture, $"users|security|{generation}|{userId}");
        if (cache.TryGetValue(key, out UserSecuritySnapshot? cached) && cached is not null)
        {
            return cached;
        }

        var snapshot = await LoadAsync(userId, cancellationToken);
        if (!session.InTransaction)
        {
            cache.Set(key, snapshot, new MemoryCacheEntryOptions { SlidingExpiration = IdleLifetime });
        }

        return snapshot;
    }

    private async Task<UserSecuritySnapshot> LoadAsync(string userId, CancellationToken cancellationToken)
    {
        var db = database.Value;
        var account = await db.Users.AsNoTracking()
            .Where(u => u.Id == userId)
            .Select(u => new { u.IsEnabled, u.SecurityStamp, u.SecretLevel })
            .FirstOrDefaultAsync(cancellationToken);
        if (account is null)
        {
            return UserSecuritySnapshot.Missing;
        }

        var roles = await (
            from userRole in db.UserRoles.AsNoTracking()
            join role in db.Roles.AsNoTracking() on userRole.RoleId equals role.Id
            where userRole.UserId == userId
            select role.Name).ToListAsync(cancellationToken);
        var permissions = await (
            from userRole in db.UserRoles.AsNoTracking()
            join claim in db.RoleClaims.AsNoTracking() on userRole.RoleId equals claim.RoleId
            where userRole.UserId == userId && claim.ClaimType == AnshunRole.PermissionClaimType
            select claim.ClaimValue).ToListAsync(cancellationToken);

        return new UserSecuritySnapshot(
            account.IsEnabled,
            account.SecurityStamp,
            account.SecretLevel,
            roles.OfType<string>().ToHashSet(StringComparer.Ordinal),
            permissions.OfType<string>().ToHashSet(StringComparer.Ordinal),
            await ReadUnitsAsync(organizations.Value, userId, cancellationToken));
    }

    private static async Task<IReadOnlySet<string>> ReadUnitsAsync(IOrganizationService organization, string userId, CancellationToken cancellationToken)
    {
        var unitIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var membership in await organization.GetMembershipsAsync(userId, cancellationToken))
        {
            // The path holds every ancestor's id: a member of 教育局办公室 is inside 教育局 for a unit rule.
            var unit = await organization.FindUnitAsync(membership.UnitId, cancellationToken);
            if (unit is not null)
            {
                unitIds.UnionWith(unit.Path.Split('/', StringSplitOptions.RemoveEmptyEntries));
            }

            unitIds.Add(membership.UnitId);
        }

        return unitIds;
    }
}
