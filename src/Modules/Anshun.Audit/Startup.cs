using Anshun.Audit.Endpoints;
using Anshun.Audit.Services;
using Anshun.Core.Audit;
using Anshun.Core.Data;
using Anshun.Core.Modules;
using Anshun.Core.Navigation;
using Anshun.Core.Security;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Anshun.Audit;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, ModuleContext context)
    {
        services.AddModuleDbContext<AuditDbContext>();
        services.AddScoped<IAuditLog, AuditLog>();
        services.AddScoped<AuditQueryService>();
        services.AddScoped<AuditVerifier>();
        services.AddSingleton<IPermissionProvider, AuditPermissions>();
        services.AddScoped<INavigationProvider, AuditNavigation>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        AuditApiEndpoints.Map(endpoints);
    }
}
