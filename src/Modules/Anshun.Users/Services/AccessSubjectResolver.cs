using System.Security.Claims;
using Anshun.Core.Security;

namespace Anshun.Users.Services;

/// <summary>
/// Resolves the caller for access rules (栏目、文件夹的阅读/编辑范围). A signed-in user: roles from the
/// account, units of every membership with all their ancestors (taken from the unit's path), permissions
/// through <see cref="IPermissionGrantStore"/> and the person's 密级. A client-credentials token (no user id):
/// the roles it carries as claims and the permissions the grant store gives it. Anyone else, a disabled
/// account or a sign-in still waiting for a password change or TOTP enrolment is anonymous.
/// Scoped: each caller is resolved once per request, from the account's cached <see cref="UserSecuritySnapshot"/>.
/// </summary>
public sealed class AccessSubjectResolver(
    UserSecurityReader security,
    IPermissionGrantStore grants) : IAccessSubjectResolver
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
        var snapshot = await security.GetAsync(userId, cancellationToken);
        if (!snapshot.IsEnabled)
        {
            return AccessSubject.Anonymous;
        }

        var permissions = await grants.GetGrantedPermissionsAsync(user, cancellationToken);
        return new AccessSubject(userId, snapshot.Roles, snapshot.UnitIds, permissions, snapshot.SecretLevel);
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
