namespace Anshun.Core.Security;

/// <summary>Roles every site has (the setup recipe creates them), which modules may name in a <see cref="DefaultGrant"/>.</summary>
public static class PlatformRoles
{
    /// <summary>系统管理员, the 三员 remit <see cref="AdminRemit.System"/>.</summary>
    public const string SystemAdministrator = "SystemAdministrator";
}
