using Anshun.Core.Modules;
using Anshun.Core.Navigation;
using Anshun.Core.Security;
using Anshun.Features.Endpoints;
using Anshun.Features.Services;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Anshun.Features;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, ModuleContext context)
    {
        services.AddScoped<ModuleService>();
        services.AddScoped<SiteInfoService>();
        services.AddSingleton<IPermissionProvider, FeaturesPermissions>();
        services.AddScoped<INavigationProvider, FeaturesNavigation>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        ModuleApiEndpoints.Map(endpoints);
        SiteSettingsApiEndpoints.Map(endpoints);
    }
}
