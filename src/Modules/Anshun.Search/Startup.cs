using Anshun.Core.Background;
using Anshun.Core.Data;
using Anshun.Core.Modules;
using Anshun.Core.Navigation;
using Anshun.Core.Search;
using Anshun.Core.Security;
using Anshun.Search.Admin;
using Anshun.Search.Data;
using Anshun.Search.Extraction;
using Anshun.Search.Indexing;
using Anshun.Search.Services;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Anshun.Search;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, ModuleContext context)
    {
        services.AddOptions<SearchOptions>()
            .BindConfiguration(SearchOptions.SectionName)
            .Validate(o => o.CatchUpInterval > TimeSpan.Zero, "Anshun:Search:CatchUpInterval must be positive.")
            .Validate(o => o.ResolveNodeName().IndexOfAny(Path.GetInvalidFileNameChars()) < 0 && o.ResolveNodeName().Length <= 100,
                "Anshun:Search:NodeName must be a valid folder name of at most 100 characters.")
            .ValidateOnStart();
        services.AddModuleDbContext<SearchDbContext>();
        services.AddSingleton<IPermissionProvider, SearchPermissions>();
        services.AddScoped<INavigationProvider, SearchNavigation>();

        // The kernel registers a no-op queue with TryAdd; this one writes Search_Tasks rows.
        services.RemoveAll<ISearchIndexQueue>();
        services.AddScoped<SearchIndexQueue>();
        services.AddScoped<ISearchIndexQueue>(sp => sp.GetRequiredService<SearchIndexQueue>());

        services.AddSingleton<SearchNodeIndex>();
        services.AddSingleton<SearchIndexNudge>();
        services.AddSingleton<SearchNodeRecorder>();
        services.AddSingleton<SearchTextExtractor>();
        services.AddScoped<SearchDocumentIndexer>();
        services.AddScoped<SearchCatchUp>();
        services.AddScoped<SearchRebuilder>();
        services.AddScoped<SearchTaskPruner>();
        services.AddSingleton<IBackgroundTask, SearchCatchUpTask>();
        services.AddSingleton<IBackgroundTask, SearchRebuildTask>();
        services.AddSingleton<IBackgroundTask, SearchPruneTask>();
        services.AddHostedService<SearchNudgeListener>();

        services.AddScoped<SearchAdminService>();
        SearchPortalServices.Add(services);
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => SearchAdminApi.Map(endpoints);
}
