using Microsoft.AspNetCore.Identity;

namespace Anshun.Users.Models;

/// <summary>角色: a named set of permissions (stored as role claims of type <see cref="PermissionClaimType"/>).</summary>
public sealed class AnshunRole : IdentityRole
{
    public const string PermissionClaimType = "Permission";

    /// <summary>角色名称 shown to people; <see cref="IdentityRole.Name"/> is the stable key.</summary>
    public string DisplayName { get; set; } = "";

    public string? Description { get; set; }

    /// <summary>Built-in roles (内置角色) cannot be deleted.</summary>
    public bool IsSystem { get; set; }
}
