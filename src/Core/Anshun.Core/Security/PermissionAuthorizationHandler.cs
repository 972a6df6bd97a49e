using Microsoft.AspNetCore.Authorization;

namespace Anshun.Core.Security;

/// <summary>Grants a <see cref="PermissionRequirement"/> when one of the user's roles holds the permission.</summary>
public sealed class PermissionAuthorizationHandler(IPermissionGrantStore grants)
    : AuthorizationHandler<PermissionRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        if (context.User.Identity?.IsAuthenticated != true)
        {
            return;
        }

        var granted = await grants.GetGrantedPermissionsAsync(context.User);
        if (granted.Contains(requirement.PermissionName))
        {
            context.Succeed(requirement);
        }
    }
}
