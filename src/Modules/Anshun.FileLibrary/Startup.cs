using Anshun.Core.Data;
using Anshun.Core.Modules;
using Anshun.Core.Navigation;
using Anshun.Core.Portal;
using Anshun.Core.Recipes;
using Anshun.Core.Security;
using Anshun.FileLibrary.Api;
using Anshun.FileLibrary.Data;
using Anshun.FileLibrary.Recipes;
using Anshun.FileLibrary.Search;
using Anshun.FileLibrary.Services;
using Anshun.FileLibrary.Widgets;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Anshun.FileLibrary;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, ModuleContext context)
    {
        services.AddOptions<FileLibraryOptions>()
            .BindConfiguration(FileLibraryOptions.SectionName)
            .Validate(o => o.MaxFileBytes > 0, "Anshun:FileLibrary:MaxFileBytes must be positive.")
            .Validate(o => o.MaxFilesPerUpload > 0, "Anshun:FileLibrary:MaxFilesPerUpload must be positive.")
            .ValidateOnStart();
        services.AddModuleDbContext<FileLibraryDbContext>();
        services.AddSingleton<IPermissionProvider, FileLibraryPermissions>();
        services.AddScoped<INavigationProvider, FileLibraryNavigation>();
        services.AddScoped<IHomeWidgetProvider, LatestFilesWidgetProvider>();
        services.AddScoped<IRecipeStepHandler, FileFoldersStep>();
        services.AddScoped<FileLibraryAccess>();
        services.AddScoped<PrincipalRuleResolver>();
        services.AddScoped<FolderStore>();
        services.AddScoped<SharedFileReader>();
        services.AddScoped<SharedFileStore>();
        services.AddScoped<FileUploadHandler>();
        FileSearchServices.Add(services);
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => FileLibraryApi.Map(endpoints);
}
