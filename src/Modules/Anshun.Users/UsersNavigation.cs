using Anshun.Core.Navigation;

namespace Anshun.Users;

/// <summary>Admin menu entries: 系统管理 (users, roles) and 安全保密 (policy, clearances and unlocks).</summary>
public sealed class UsersNavigation : INavigationProvider
{
    public void BuildNavigation(string menuName, NavigationBuilder builder)
    {
        if (menuName != MenuNames.Admin)
        {
            return;
        }

        builder.Add("系统管理", 90, group => group.Icon("gear")
            .Add("用户管理", 1, item => item.Url("/admin/users").Permission(UsersPermissions.ManageUsers))
            .Add("角色权限", 2, item => item.Url("/admin/roles").Permission(UsersPermissions.ManageRoles)));
        builder.Add("安全保密", 92, group => group.Icon("shield-lock")
            .Add("安全策略", 1, item => item.Url("/admin/security").Permission(UsersPermissions.ManageSecurityPolicy))
            .Add("密级与解锁", 2, item => item.Url("/admin/security/users").Permission(UsersPermissions.ManageUserSecurity)));
    }
}
