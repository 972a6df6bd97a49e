using Anshun.Core.Security;

namespace Anshun.Organization;

/// <summary>The organization module's permissions.</summary>
public sealed class OrganizationPermissions : IPermissionProvider
{
    /// <summary>管理组织机构: create, edit, move and deactivate units (系统管理员).</summary>
    public const string Manage = "Organization.Manage";

    public IEnumerable<Permission> GetPermissions() =>
    [
        new Permission(Manage, "管理组织机构", "组织机构", AdminRemit.System),
    ];
}
