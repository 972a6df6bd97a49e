using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Anshun.Core.Modules;

/// <summary>
/// A module's <c>Startup.cs</c> derives from this: services, middleware and endpoints of one module.
/// Only enabled modules are started, in dependency order.
/// </summary>
public abstract class ModuleStartup
{
    /// <summary>Registers the module's services: DbContext, permissions, navigation, recipe steps.</summary>
    public virtual void ConfigureServices(IServiceCollection services, ModuleContext context)
    {
    }

    /// <summary>Adds middleware; runs after authentication and authorization are in the pipeline.</summary>
    public virtual void Configure(IApplicationBuilder app)
    {
    }

    /// <summary>Maps minimal-API endpoints. MVC controllers in the module are found automatically.</summary>
    public virtual void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
    }
}
