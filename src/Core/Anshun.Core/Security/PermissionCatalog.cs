namespace Anshun.Core.Security;

public sealed class PermissionCatalog : IPermissionCatalog
{
    private readonly Dictionary<string, Permission> _byName;

    public PermissionCatalog(IEnumerable<IPermissionProvider> providers)
    {
        All = providers.SelectMany(p => p.GetPermissions()).DistinctBy(p => p.Name).ToList();
        _byName = All.ToDictionary(p => p.Name, StringComparer.Ordinal);
    }

    public IReadOnlyList<Permission> All { get; }

    public Permission? Find(string name) => _byName.GetValueOrDefault(name);
}
