using System.Security.Claims;
using Anshun.Core.Organization;
using Anshun.Core.Security;
using Anshun.Users.Services;
using Microsoft.AspNetCore.Http;

namespace Anshun.Users.Endpoints;

/// <summary><c>GET /api/auth/me</c>: the signed-in user, 姓名, roles, permissions and units.</summary>
public static class MeEndpoint
{
    public static async Task<IResult> GetAsync(HttpContext context, AnshunUserManager users, RoleCatalog roles,
        IPermissionGrantStore grants, IOrganizationService organization, CancellationToken cancellationToken)
    {
        if (await CurrentUser.GetAsync(users, context.User) is not { } user)
        {
            return Results.Unauthorized();
        }

        var allRoles = (await roles.GetRolesAsync(cancellationToken)).ToDictionary(r => r.Id);
        var roleIds = await roles.GetUserRoleIdsAsync(user.Id, cancellationToken);
        var permissions = await grants.GetGrantedPermissionsAsync(context.User, cancellationToken);
        var units = new List<object>();
        foreach (var membership in await organization.GetMembershipsAsync(user.Id, cancellationToken))
        {
            var unit = await organization.FindUnitAsync(membership.UnitId, cancellationToken);
            units.Add(new
            {
                unitId = membership.UnitId,
                code = unit?.Code,
                name = unit?.Name,
                position = membership.Position,
                primary = membership.IsPrimary,
            });
        }

        return Results.Ok(new
        {
            id = user.Id,
            userName = user.UserName,
            displayName = user.DisplayName,
            email = user.Email,
            secretLevel = user.SecretLevel.ToString(),
            secretLevelName = SecretLevelNames.DisplayName(user.SecretLevel),
            totpEnabled = user.TwoFactorEnabled,
            pendingAction = context.User.FindFirstValue(AnshunClaimTypes.PendingAction),
            roles = roleIds.Where(allRoles.ContainsKey).Select(id => new { name = allRoles[id].Name, displayName = allRoles[id].DisplayName }),
            permissions = permissions.Order(StringComparer.Ordinal),
            units,
        });
    }
}
