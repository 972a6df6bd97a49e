using Anshun.Core.Security;
using Anshun.Users.Data;
using Anshun.Users.Models;
using Microsoft.EntityFrameworkCore;

namespace Anshun.Users.Services;

/// <summary>Reads roles with their permission names, and checks role sets against 三员分立.</summary>
public sealed class RoleCatalog(UsersDbContext db, IPermissionCatalog permissions)
{
    public async Task<IReadOnlyList<AnshunRole>> GetRolesAsync(CancellationToken cancellationToken = default) =>
        await db.Roles.AsNoTracking().OrderByDescending(r => r.IsSystem).ThenBy(r => r.Name).ToListAsync(cancellationToken);

    /// <summary>Permission names per role id.</summary>
    public async Task<Dictionary<string, List<string>>> GetPermissionMapAsync(CancellationToken cancellationToken = default)
    {
        var claims = await db.RoleClaims.AsNoTracking()
            .Where(c => c.ClaimType == AnshunRole.PermissionClaimType)
            .Select(c => new { c.RoleId, c.ClaimValue })
            .ToListAsync(cancellationToken);
        return claims.Where(c => c.ClaimValue is not null)
            .GroupBy(c => c.RoleId)
            .ToDictionary(g => g.Key, g => g.Select(c => c.ClaimValue!).OrderBy(n => n, StringComparer.Ordinal).ToList());
    }

    public async Task<List<string>> GetPermissionsAsync(string roleId, CancellationToken cancellationToken = default) =>
        await db.RoleClaims.AsNoTracking()
            .Where(c => c.RoleId == roleId && c.ClaimType == AnshunRole.PermissionClaimType && c.ClaimValue != null)
            .Select(c => c.ClaimValue!)
            .OrderBy(n => n)
            .ToListAsync(cancellationToken);

    public async Task<AnshunRole?> FindByNameAsync(string name, CancellationToken cancellationToken = default)
    {
        var normalized = name.Trim().ToUpperInvariant();
        return await db.Roles.FirstOrDefaultAsync(r => r.NormalizedName == normalized, cancellationToken);
    }

    /// <summary>Role ids of a user.</summary>
    public async Task<List<string>> GetUserRoleIdsAsync(string userId, CancellationToken cancellationToken = default) =>
        await db.UserRoles.AsNoTracking().Where(ur => ur.UserId == userId).Select(ur => ur.RoleId).ToListAsync(cancellationToken);

    /// <summary>The declared permissions among the names (names of disabled modules carry no remit and are skipped).</summary>
    public IEnumerable<Permission> Resolve(IEnumerable<string> names) =>
        names.Select(permissions.Find).OfType<Permission>();

    /// <summary>The 三员 remit a role belongs to, or <see cref="AdminRemit.None"/>.</summary>
    public AdminRemit RemitOf(IEnumerable<string> permissionNames) =>
        AdminRemitRules.RemitsOf(Resolve(permissionNames)).DefaultIfEmpty(AdminRemit.None).First();

    /// <summary>Checks that the given roles (with their permissions) may be held by one account.</summary>
    public string? CheckUser(string userDisplayName, IEnumerable<(AnshunRole Role, IEnumerable<string> Permissions)> roles) =>
        AdminRemitRules.CheckUser(userDisplayName, roles.Select(r => (RoleLabel(r.Role), Resolve(r.Permissions))));

    /// <summary>Does any of the user's roles carry an administrator remit (then TOTP is mandatory)?</summary>
    public async Task<bool> HoldsAdminRemitAsync(string userId, CancellationToken cancellationToken = default)
    {
        var names = await (
            from userRole in db.UserRoles.AsNoTracking()
            join claim in db.RoleClaims.AsNoTracking() on userRole.RoleId equals claim.RoleId
            where userRole.UserId == userId && claim.ClaimType == AnshunRole.PermissionClaimType
            select claim.ClaimValue).ToListAsync(cancellationToken);
        return AdminRemitRules.RemitsOf(Resolve(names.OfType<string>())).Count > 0;
    }

    public static string RoleLabel(AnshunRole role) => string.IsNullOrEmpty(role.DisplayName) ? role.Name ?? role.Id : role.DisplayName;
}
