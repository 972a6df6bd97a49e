using Microsoft.Extensions.DependencyInjection;

namespace Anshun.Core.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>Registers a module's context on the scope's shared connection (options built once, see <see cref="DatabaseProvider.ConfigureSharedContext"/>).</summary>
    public static IServiceCollection AddModuleDbContext<TContext>(this IServiceCollection services)
        where TContext : ModuleDbContext
    {
        services.AddDbContext<TContext>(
            (serviceProvider, options) => serviceProvider.GetRequiredService<DatabaseProvider>().ConfigureSharedContext(options),
            ServiceLifetime.Scoped,
            ServiceLifetime.Singleton);
        return services;
    }
}
