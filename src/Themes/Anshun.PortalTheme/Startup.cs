using Anshun.Core.Modules;
using Anshun.Core.Navigation;
using Anshun.Core.Portal;
using Anshun.PortalTheme.Services;
using Anshun.PortalTheme.Widgets;
using Microsoft.Extensions.DependencyInjection;

namespace Anshun.PortalTheme;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, ModuleContext context)
    {
        services.AddScoped<INavigationProvider, PortalNavigation>();
        services.AddScoped<StaffProfileReader>();
        services.AddScoped<HomeWidgetCollector>();
        services.AddScoped<IHomeWidgetProvider, MyInfoWidgetProvider>();
    }
}
