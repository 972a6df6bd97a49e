using Anshun.Contents.Controllers;
using Anshun.Core.Navigation;
using Microsoft.Extensions.DependencyInjection;

namespace Anshun.Contents;

/// <summary>Registers the content admin pages' helpers and menu (called from the module's Startup).</summary>
public static class AdminUiServices
{
    public static void Add(IServiceCollection services)
    {
        services.AddScoped<INavigationProvider, ContentsNavigation>();
        services.AddScoped<ContentAdminOptions>();
        services.AddScoped<ContentFormBinder>();
        services.AddScoped<ContentPickerOptions>();
        services.AddScoped<ContentPreviewBuilder>();
    }
}
