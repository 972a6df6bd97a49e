using Anshun.Core.Security;

namespace Anshun.OpenId;

/// <summary>The single sign-on module's permissions.</summary>
public sealed class OpenIdPermissions : IPermissionProvider
{
    /// <summary>管理单点登录应用: register, edit and delete client applications (系统管理员).</summary>
    public const string Manage = "OpenId.Manage";

    public IEnumerable<Permission> GetPermissions() =>
    [
        new Permission(Manage, "管理单点登录应用", "单点登录", AdminRemit.System),
    ];
}
