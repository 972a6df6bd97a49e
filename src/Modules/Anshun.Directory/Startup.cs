using Anshun.Core.Data;
using Anshun.Core.Modules;
using Anshun.Core.Navigation;
using Anshun.StaffDirectory.Api;
using Anshun.StaffDirectory.Data;
using Anshun.StaffDirectory.Services;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Anshun.StaffDirectory;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, ModuleContext context)
    {
        services.AddModuleDbContext<DirectoryDbContext>();
        services.AddSingleton<PinyinKeyCache>();
        services.AddSingleton<DirectorySnapshotCache>();
        services.AddScoped<DirectoryPreferenceStore>();
        services.AddScoped<DirectoryIndex>();
        services.AddScoped<DirectoryExporter>();
        services.AddScoped<DirectoryRequestParser>();
        services.AddScoped<INavigationProvider, DirectoryNavigation>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => DirectoryApi.Map(endpoints);
}
