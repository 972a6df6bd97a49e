namespace Anshun.Core.Security;

/// <summary>All permissions declared by the enabled modules.</summary>
public interface IPermissionCatalog
{
    IReadOnlyList<Permission> All { get; }

    Permission? Find(string name);
}
