using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;

namespace Anshun.Core.Security;

public static class AuthorizationServiceExtensions
{
    public static async Task<bool> HasPermissionAsync(this IAuthorizationService authorization, ClaimsPrincipal user, string permissionName)
    {
        var result = await authorization.AuthorizeAsync(user, Permission.PolicyPrefix + permissionName);
        return result.Succeeded;
    }
}
