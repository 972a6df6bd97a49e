using Anshun.Core.Data;
using Anshun.Core.Modules;
using Anshun.Core.Navigation;
using Anshun.Core.Organization;
using Anshun.Core.Recipes;
using Anshun.Core.Security;
using Anshun.Organization.Api;
using Anshun.Organization.Data;
using Anshun.Organization.Recipes;
using Anshun.Organization.Services;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Anshun.Organization;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, ModuleContext context)
    {
        services.AddModuleDbContext<OrganizationDbContext>();
        services.AddScoped<IOrganizationService, OrganizationService>();
        services.AddScoped<OrgUnitManager>();
        services.AddScoped<OrgUnitImporter>();
        services.AddScoped<OrgMemberQuery>();
        services.AddScoped<OrgUnitQuery>();
        services.AddScoped<IRecipeStepHandler, OrgUnitsStep>();
        services.AddSingleton<IPermissionProvider, OrganizationPermissions>();
        services.AddScoped<INavigationProvider, OrganizationNavigation>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => OrgUnitApi.Map(endpoints);
}
