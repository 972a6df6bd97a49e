using Anshun.Core.Security;

namespace Anshun.Features;

/// <summary>Modules and site settings are the 系统管理员's remit.</summary>
public sealed class FeaturesPermissions : IPermissionProvider
{
    public const string ManageFeatures = "Features.Manage";
    public const string ManageSettings = "Settings.Manage";

    public IEnumerable<Permission> GetPermissions() =>
    [
        new Permission(ManageFeatures, "管理功能模块", "系统管理", AdminRemit.System),
        new Permission(ManageSettings, "管理站点设置", "系统管理", AdminRemit.System),
    ];
}
