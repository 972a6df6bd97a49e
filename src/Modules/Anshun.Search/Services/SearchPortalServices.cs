using Microsoft.Extensions.DependencyInjection;

namespace Anshun.Search.Services;

/// <summary>Registers the portal side of search: the search service behind <c>/api/search</c> and <c>/search</c> (called from the module's Startup).</summary>
public static class SearchPortalServices
{
    public static void Add(IServiceCollection services)
    {
        services.AddScoped<SearchService>();
    }
}
