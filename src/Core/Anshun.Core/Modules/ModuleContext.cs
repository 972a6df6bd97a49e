using Anshun.Core.Data;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Anshun.Core.Modules;

/// <summary>What a module may know while it registers its services.</summary>
public sealed class ModuleContext(
    IConfiguration configuration,
    IHostEnvironment environment,
    AnshunOptions options,
    DatabaseProvider databaseProvider,
    ModuleDescriptor module)
{
    public IConfiguration Configuration { get; } = configuration;

    public IHostEnvironment Environment { get; } = environment;

    public AnshunOptions Options { get; } = options;

    public DatabaseProvider DatabaseProvider { get; } = databaseProvider;

    public ModuleDescriptor Module { get; } = module;
}
