using System.Security.Claims;
using Anshun.Core.Security;
using Anshun.Users.Data;
using Anshun.Users.Models;
using Microsoft.EntityFrameworkCore;

namespace Anshun.Users.Services;

/// <summary>
/// A user's permissions: the union of the role claims of the user's roles, read from the database once
/// per request (scoped), so a role change takes effect on the user's next request. A disabled account,
/// or a sign-in still waiting for a password change or TOTP enrolment, holds no permission at all.
/// </summary>
public sealed class PermissionGrantStore(UsersDbContext db) : IPermissionGrantStore
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

        var enabled = await db.Users.AsNoTracking().AnyAsync(u => u.Id == userId && u.IsEnabled, cancellationToken);
        IReadOnlySet<string> granted = None;
        if (enabled)
        {
            var names = await (
                from userRole in db.UserRoles.AsNoTracking()
                join claim in db.RoleClaims.AsNoTracking() on userRole.RoleId equals claim.RoleId
                where userRole.UserId == userId && claim.ClaimType == AnshunRole.PermissionClaimType
                select claim.ClaimValue).ToListAsync(cancellationToken);
            granted = names.OfType<string>().ToHashSet(StringComparer.Ordinal);
        }

        _cache[userId] = granted;
        return granted;
    }

    /// <summary>Forgets what this request has read, after the request itself changed roles.</summary>
    public void Invalidate() => _cache.Clear();
}
