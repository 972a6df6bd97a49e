using Anshun.Core.Data;
using Anshun.Core.Modules;
using Anshun.Core.Navigation;
using Anshun.StaffDirectory.Api;
using Anshun.StaffDirectory.Data;
using Anshun.StaffDirectory.Search;
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
        services.AddScoped<DirectoryReader>();
        services.AddScoped<DirectoryIndex>();
        services.AddScoped<DirectoryExporter>();
        services.AddScoped<DirectoryRequestParser>();
        services.AddScoped<INavigationProvider, DirectoryNavigation>();
        DirectorySearchServices.Add(services);
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => DirectoryApi.Map(endpoints);
}
