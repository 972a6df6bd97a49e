using Anshun.Core.Contents;
using Anshun.Core.Navigation;
using Anshun.Core.Portal;
using Microsoft.Extensions.DependencyInjection;

namespace Anshun.Contents.Portal;

/// <summary>Registers this area's services (called from the module's Startup).</summary>
public static class ContentPortalServices
{
    public static void Add(IServiceCollection services)
    {
        services.AddMemoryCache();
        services.AddSingleton<PortalListCache>();
        services.AddScoped<IContentEventHandler, PortalContentEvents>();
        services.AddScoped<PortalListReader>();
        services.AddScoped<PortalReadMarks>();
        services.AddScoped<PortalListItemBuilder>();
        services.AddScoped<PortalWidgetReader>();
        services.AddScoped<PortalFieldRenderer>();
        services.AddScoped<PortalSectionPageBuilder>();
        services.AddScoped<PortalItemPageBuilder>();
        services.AddScoped<IHomeWidgetProvider, ContentHomeWidgetProvider>();
        services.AddScoped<INavigationProvider, ContentPortalNavigation>();
    }
}
