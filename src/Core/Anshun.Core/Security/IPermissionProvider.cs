namespace Anshun.Core.Security;

/// <summary>A module declares its permissions by registering one of these.</summary>
public interface IPermissionProvider
{
    IEnumerable<Permission> GetPermissions();

    /// <summary>What the module's permissions give the platform's roles by default (see <see cref="DefaultGrant"/>).</summary>
    IEnumerable<DefaultGrant> GetDefaultGrants() => [];
}
