using Microsoft.AspNetCore.Authorization;

namespace Anshun.Core.Security;

/// <summary>On a controller or action: the user must hold the named permission.</summary>
public sealed class RequirePermissionAttribute : AuthorizeAttribute
{
    public RequirePermissionAttribute(string permissionName)
    {
        Policy = Permission.PolicyPrefix + permissionName;
    }
}
