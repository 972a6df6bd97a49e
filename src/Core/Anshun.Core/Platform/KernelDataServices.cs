using Anshun.Core.Caching;
using Anshun.Core.Data;
using Anshun.Core.Features;
using Anshun.Core.Recipes;
using Anshun.Core.Search;
using Anshun.Core.Settings;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Anshun.Core.Platform;

public static class KernelDataServices
{
    /// <summary>
    /// The kernel's data and recipe services: the scope's data session, the kernel's own tables
    /// (settings, feature state) and the recipe engine with its built-in steps. The site and the
    /// kernel's tests register them through this one method.
    /// </summary>
    public static IServiceCollection AddKernelDataServices(this IServiceCollection services)
    {
        services.AddScoped<DataSession>();
        services.AddScoped<IDataSession>(sp => sp.GetRequiredService<DataSession>());
        services.AddScoped(typeof(Deferred<>));
        services.AddModuleDbContext<CoreDbContext>();
        services.AddScoped<ISiteSettings, SiteSettings>();
        services.AddScoped<IFeatureManager, FeatureManager>();
        services.AddMemoryCache();
        services.AddSingleton<ChangeSignalState>();
        services.AddScoped<IChangeSignals, ChangeSignals>();
        services.TryAddScoped<ISearchIndexQueue, NullSearchIndexQueue>();

        services.AddSingleton<IRecipeHarvester, RecipeHarvester>();
        services.AddScoped<IRecipeExecutor, RecipeExecutor>();
        services.AddScoped<IRecipeStepHandler, FeatureStep>();
        services.AddScoped<IRecipeStepHandler, SettingsStep>();
        services.AddScoped<IRecipeStepHandler, IncludeRecipesStep>();
        return services;
    }
}
