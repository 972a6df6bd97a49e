using Anshun.Core.Organization;
using Anshun.Users.Data;
using Anshun.Users.Models;
using Microsoft.EntityFrameworkCore;

namespace Anshun.Users.Services;

/// <summary>Loads one user with roles, units and leader.</summary>
public sealed class UserDetailReader(UsersDbContext db, IOrganizationService organization, TimeProvider time)
{
    public async Task<UserDetail?> GetAsync(string userId, CancellationToken cancellationToken = default)
    {
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (user is null)
        {
            return null;
        }

        var roles = await (
            from userRole in db.UserRoles.AsNoTracking()
            join role in db.Roles.AsNoTracking() on userRole.RoleId equals role.Id
            where userRole.UserId == userId
            orderby role.Name
            select role).ToListAsync(cancellationToken);
        var units = new List<(MembershipInfo, OrgUnitInfo?)>();
        foreach (var membership in await organization.GetMembershipsAsync(userId, cancellationToken))
        {
            units.Add((membership, await organization.FindUnitAsync(membership.UnitId, cancellationToken)));
        }

        var leaderId = await organization.GetLeaderAsync(userId, cancellationToken);
        var leader = leaderId is null ? null : await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == leaderId, cancellationToken);
        var lockedUntil = user.LockoutEnd is { } end && end > time.GetUtcNow() ? end.UtcDateTime : (DateTime?)null;
        return new UserDetail(user, roles, units, leader, lockedUntil);
    }
}
