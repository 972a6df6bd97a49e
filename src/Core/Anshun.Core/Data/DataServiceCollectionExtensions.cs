using Microsoft.Extensions.DependencyInjection;

namespace Anshun.Core.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>Registers a module's context on the scope's shared connection.</summary>
    public static IServiceCollection AddModuleDbContext<TContext>(this IServiceCollection services)
        where TContext : ModuleDbContext
    {
        services.AddDbContext<TContext>((serviceProvider, options) =>
        {
            var provider = serviceProvider.GetRequiredService<DatabaseProvider>();
            var session = serviceProvider.GetRequiredService<IDataSession>();
            provider.ConfigureContext(options, session.Connection);
        });
        return services;
    }
}
