using Microsoft.AspNetCore.Authorization;

namespace Anshun.Core.Security;

public sealed class PermissionRequirement(string permissionName) : IAuthorizationRequirement
{
    public string PermissionName { get; } = permissionName;
}
