using Anshun.Core.Data;
using Anshun.Core.Modules;
using Anshun.Core.Navigation;
using Anshun.Core.Portal;
using Anshun.PortalTheme.Api;
using Anshun.PortalTheme.Data;
using Anshun.PortalTheme.Services;
using Anshun.PortalTheme.Widgets;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Anshun.PortalTheme;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, ModuleContext context)
    {
        services.AddMemoryCache();
        services.AddModuleDbContext<PortalThemeDbContext>();
        services.AddScoped<INavigationProvider, PortalNavigation>();
        services.AddScoped<StaffProfileReader>();
        services.AddScoped<HomeWidgetCollector>();
        services.AddScoped<WidgetPreferenceStore>();
        services.AddScoped<HomePageArrangement>();
        services.AddSingleton<HomeWidgetBodyCache>();
        services.AddSingleton<HomePageCache>();
        services.AddScoped<HomePageKeys>();
        services.AddScoped<PortalFrame>();
        services.AddScoped<IHomeWidgetProvider, MyInfoWidgetProvider>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => PortalWidgetApi.Map(endpoints);
}
