using Anshun.Core.Security;

namespace Anshun.Search;

/// <summary>Looking after the search index is the 系统管理员's remit; searching needs no permission.</summary>
public sealed class SearchPermissions : IPermissionProvider
{
    /// <summary>管理全文检索: index status of every node and rebuilding the index.</summary>
    public const string Manage = "Search.Manage";

    public IEnumerable<Permission> GetPermissions() =>
    [
        new Permission(Manage, "管理全文检索", "系统管理", AdminRemit.System),
    ];

    /// <summary>Sites set up before search existed get it too (the setup recipe grants it to new ones).</summary>
    public IEnumerable<DefaultGrant> GetDefaultGrants() => [new(PlatformRoles.SystemAdministrator, Manage)];
}
