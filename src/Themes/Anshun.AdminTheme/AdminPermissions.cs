using Anshun.Core.Security;

namespace Anshun.AdminTheme;

/// <summary>Entering the admin at all (进入管理后台); each admin page also checks its own permission.</summary>
public sealed class AdminPermissions : IPermissionProvider
{
    public const string Access = "Admin.Access";

    public IEnumerable<Permission> GetPermissions() =>
    [
        new Permission(Access, "进入管理后台", "管理后台", AdminRemit.None),
    ];
}
