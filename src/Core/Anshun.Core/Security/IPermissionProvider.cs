namespace Anshun.Core.Security;

/// <summary>A module declares its permissions by registering one of these.</summary>
public interface IPermissionProvider
{
    IEnumerable<Permission> GetPermissions();
}
