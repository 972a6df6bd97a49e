using Anshun.Core.Modules;
using Microsoft.Extensions.DependencyInjection;

namespace Anshun.FileLibrary;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, ModuleContext context)
    {
    }
}
