using System.Security.Claims;
using Anshun.Core.Organization;
using Anshun.Core.Security;
using Anshun.Users.Data;
using Microsoft.EntityFrameworkCore;

namespace Anshun.Users.Services;

/// <summary>
/// Resolves the caller for access rules (栏目、文件夹的阅读/编辑范围). A signed-in user: roles from the
/// account, units of every membership with all their ancestors (taken from the unit's path), permissions
/// through <see cref="IPermissionGrantStore"/> and the person's 密级. A client-credentials token (no user id):
/// the roles it carries as claims and the permissions the grant store gives it. Anyone else, a disabled
/// account or a sign-in still waiting for a password change or TOTP enrolment is anonymous.
/// Scoped: each caller is resolved once per request.
/// </summary>
public sealed class AccessSubjectResolver(
    UsersDbContext db,
    IPermissionGrantStore grants,
    IOrganizationService organization) : IAccessSubjectResolver
{
    private readonly Dictionary<string, AccessSubject> _cache = new(StringComparer.Ordinal);

    public async Task<AccessSubject> ResolveAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        if (user.Identity?.IsAuthenticated != true || user.HasClaim(c => c.Type == AnshunClaimTypes.PendingAction))
        {
            return AccessSubject.Anonymous;
        }

        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        var key = userId is null ? "client:" + (user.FindFirstValue("sub") ?? user.Identity.Name ?? "") : "user:" + userId;
        if (_cache.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var subject = userId is null
            ? await ResolveApplicationAsync(user, cancellationToken)
            : await ResolveUserAsync(user, userId, cancellationToken);
        _cache[key] = subject;
        return subject;
    }

    private async Task<AccessSubject> ResolveUserAsync(ClaimsPrincipal user, string userId, CancellationToken cancellationToken)
    {
        var account = await db.Users.AsNoTracking()
            .Where(u => u.Id == userId)
            .Select(u => new { u.IsEnabled, u.SecretLevel })
            .FirstOrDefaultAsync(cancellationToken);
        if (account is not { IsEnabled: true })
        {
            return AccessSubject.Anonymous;
        }

        var roles = await (
            from userRole in db.UserRoles.AsNoTracking()
            join role in db.Roles.AsNoTracking() on userRole.RoleId equals role.Id
            where userRole.UserId == userId
            select role.Name).ToListAsync(cancellationToken);

        var unitIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var membership in await organization.GetMembershipsAsync(userId, cancellationToken))
        {
            // The path holds every ancestor's id: a member of 教育局办公室 is inside 教育局 for a unit rule.
            var unit = await organization.FindUnitAsync(membership.UnitId, cancellationToken);
            if (unit is null)
            {
                unitIds.Add(membership.UnitId);
                continue;
            }

            unitIds.UnionWith(unit.Path.Split('/', StringSplitOptions.RemoveEmptyEntries));
            unitIds.Add(unit.Id);
        }

        var permissions = await grants.GetGrantedPermissionsAsync(user, cancellationToken);
        return new AccessSubject(
            userId,
            roles.OfType<string>().ToHashSet(StringComparer.Ordinal),
            unitIds,
            permissions,
            account.SecretLevel);
    }

    private async Task<AccessSubject> ResolveApplicationAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var roles = user.Claims
            .Where(c => c.Type is ClaimTypes.Role or "role")
            .Select(c => c.Value)
            .ToHashSet(StringComparer.Ordinal);
        var permissions = await grants.GetGrantedPermissionsAsync(user, cancellationToken);
        return new AccessSubject(null, roles, new HashSet<string>(StringComparer.Ordinal), permissions, SecretLevel.Public);
    }
}
