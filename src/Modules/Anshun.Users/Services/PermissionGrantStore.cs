using System.Security.Claims;
using Anshun.Core.Security;

namespace Anshun.Users.Services;

/// <summary>
/// A user's permissions: the union of the role claims of the user's roles, from the user's
/// <see cref="UserSecuritySnapshot"/>, so a role change takes effect on the user's next request. A
/// disabled account, or a sign-in still waiting for a password change or TOTP enrolment, holds no
/// permission at all.
/// </summary>
public sealed class PermissionGrantStore(UserSecurityReader security) : IPermissionGrantStore
{
    private static readonly IReadOnlySet<string> None = new HashSet<string>();
    private readonly Dictionary<string, IReadOnlySet<string>> _cache = new(StringComparer.Ordinal);

    public async Task<IReadOnlySet<string>> GetGrantedPermissionsAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        if (user.Identity?.IsAuthenticated != true || user.HasClaim(c => c.Type == AnshunClaimTypes.PendingAction)
            || user.FindFirstValue(ClaimTypes.NameIdentifier) is not { } userId)
        {
            return None;
        }

        return await GetForUserAsync(userId, cancellationToken);
    }

    public async Task<IReadOnlySet<string>> GetForUserAsync(string userId, CancellationToken cancellationToken = default)
    {
        if (_cache.TryGetValue(userId, out var cached))
        {
            return cached;
        }

        var snapshot = await security.GetAsync(userId, cancellationToken);
        var granted = snapshot.IsEnabled ? snapshot.Permissions : None;
        _cache[userId] = granted;
        return granted;
    }

    /// <summary>Forgets what this request has read, after the request itself changed roles.</summary>
    public void Invalidate() => _cache.Clear();
}
