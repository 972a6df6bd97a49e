using Anshun.Core.Security;

namespace Anshun.Users;

/// <summary>The permissions of the users module, each in its 三员 remit.</summary>
public sealed class UsersPermissions : IPermissionProvider
{
    public const string ManageUsers = "Users.Manage";
    public const string ManageRoles = "Roles.Manage";
    public const string ManageUserSecurity = "Users.ManageSecurity";
    public const string ManageSecurityPolicy = "Security.ManagePolicy";

    private const string Category = "用户与权限";

    public IEnumerable<Permission> GetPermissions() =>
    [
        new(ManageUsers, "管理用户", Category, AdminRemit.System),
        new(ManageRoles, "管理角色与权限", Category, AdminRemit.System),
        new(ManageUserSecurity, "管理人员密级与解锁", Category, AdminRemit.Security),
        new(ManageSecurityPolicy, "管理安全策略", Category, AdminRemit.Security),
    ];
}
