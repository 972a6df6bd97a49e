using Anshun.Core.Background;
using Anshun.Core.Data;
using Anshun.Core.Data.Migrations;
using Anshun.Core.Modules;
using Anshun.Core.Navigation;
using Anshun.Core.Security;
using Anshun.Core.Setup;
using Anshun.Core.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Anshun.Core.Platform;

public static class AnshunPlatformServices
{
    /// <summary>
    /// Wires the platform: options, database, kernel migrations, module discovery and the services
    /// of every enabled module, in dependency order.
    /// </summary>
    public static WebApplicationBuilder AddAnshunPlatform(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var section = builder.Configuration.GetSection(AnshunOptions.SectionName);
        var options = section.Get<AnshunOptions>() ?? new AnshunOptions();
        services.AddOptions<AnshunOptions>().Bind(section).ValidateDataAnnotations().ValidateOnStart();

        var appData = Path.GetFullPath(Path.Combine(builder.Environment.ContentRootPath, options.AppData));
        Directory.CreateDirectory(appData);
        services.AddSingleton(new AppDataFolder(appData));

        // Cookie and antiforgery keys live with the data, so sign-ins survive restarts and nodes sharing
        // the data folder accept each other's cookies.
        services.AddDataProtection()
            .SetApplicationName("AnshunCms")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(appData, "DataProtection-Keys")));

        var database = DatabaseProvider.Create(options.Database, appData);
        database.Prepare();
        services.AddSingleton(database);
        using (StartupLock.Acquire(database, appData))
        {
            new ModuleMigrator(database, NullLoggerFactory.Instance).MigrateUp("Anshun.Core", typeof(CoreDbContext).Assembly);
        }

        var modules = ModuleCatalog.Discover();
        var catalog = new ModuleCatalog(modules, InitialFeatures.Resolve(database, options, modules));
        services.AddSingleton(catalog);

        AddKernelServices(services, catalog);
        builder.WebHost.UseStaticWebAssets();

        foreach (var module in catalog.EnabledModules.Where(m => m.StartupType is not null))
        {
            var startup = (ModuleStartup)Activator.CreateInstance(module.StartupType!)!;
            startup.ConfigureServices(services, new ModuleContext(builder.Configuration, builder.Environment, options, database, module));
            services.AddSingleton(new StartedModule(module, startup));
        }

        return builder;
    }

    private static void AddKernelServices(IServiceCollection services, ModuleCatalog catalog)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.AddSingleton<ModuleMigrator>();

        services.AddKernelDataServices();
        services.AddSingleton<SetupService>();
        services.AddHostedService<BackgroundTaskHost>();

        services.AddAuthorization();
        services.AddSingleton<IAuthorizationPolicyProvider, PermissionPolicyProvider>();
        services.AddScoped<IAuthorizationHandler, PermissionAuthorizationHandler>();
        services.AddSingleton<IPermissionCatalog, PermissionCatalog>();
        services.AddScoped<INavigationManager, NavigationManager>();
        services.AddScoped<INotifier, TempDataNotifier>();

        services.AddProblemDetails();

        // Refused minimal API requests throw in every environment, so ApiBadRequestMiddleware can answer a bad JSON body in Chinese.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddRateLimiter(_ => { });
        services.AddAntiforgery(o => o.HeaderName = ApiCsrfMiddleware.HeaderName);
        services.AddControllersWithViews(o => o.Filters.Add(new AutoValidateAntiforgeryTokenAttribute()))
            .ConfigureApplicationPartManager(parts => RestrictToEnabledModules(parts, catalog));
    }

    /// <summary>Controllers and views of disabled modules are not served; enabled ones always are.</summary>
    private static void RestrictToEnabledModules(ApplicationPartManager parts, ModuleCatalog catalog)
    {
        var disabled = catalog.Modules.Where(m => !catalog.IsEnabled(m.Id)).Select(m => m.Assembly).ToHashSet();
        foreach (var part in parts.ApplicationParts.ToList())
        {
            if (part is IApplicationPartTypeProvider and AssemblyPart { Assembly: var assembly } && disabled.Contains(assembly)
                || part is CompiledRazorAssemblyPart razor && disabled.Contains(razor.Assembly))
            {
                parts.ApplicationParts.Remove(part);
            }
        }

        foreach (var module in catalog.EnabledModules)
        {
            if (parts.ApplicationParts.Any(p => p is AssemblyPart a && a.Assembly == module.Assembly))
            {
                continue;
            }

            var factory = ApplicationPartFactory.GetApplicationPartFactory(module.Assembly);
            foreach (var part in factory.GetApplicationParts(module.Assembly))
            {
                parts.ApplicationParts.Add(part);
            }
        }
    }
}
