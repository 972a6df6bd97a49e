using Anshun.Core.Organization;
using Anshun.Core.Search;
using Anshun.Core.Users;
using Microsoft.Extensions.DependencyInjection;

namespace Anshun.StaffDirectory.Search;

/// <summary>
/// Registers directory entries as a search source and the account and org-tree events that keep the index
/// current (called from the module's Startup). Without the search module the kernel's queue does nothing.
/// </summary>
public static class DirectorySearchServices
{
    public static void Add(IServiceCollection services)
    {
        services.AddScoped<DirectorySearchSource>();
        services.AddScoped<ISearchIndexSource>(sp => sp.GetRequiredService<DirectorySearchSource>());
        services.AddScoped<IUserEventHandler, DirectoryUserSearchEvents>();
        services.AddScoped<IOrganizationEventHandler, DirectoryOrganizationSearchEvents>();
    }
}
