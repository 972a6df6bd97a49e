using Anshun.Core.Contents;
using Anshun.Core.Search;
using Microsoft.Extensions.DependencyInjection;

namespace Anshun.Contents.Search;

/// <summary>Registers content items as a search source and the events that keep the index current (called from the module's Startup).</summary>
public static class ContentSearchServices
{
    public static void Add(IServiceCollection services)
    {
        services.AddScoped<ContentSearchSections>();
        services.AddScoped<ContentSearchDocumentBuilder>();
        services.AddScoped<ContentSearchSource>();
        services.AddScoped<ISearchIndexSource>(sp => sp.GetRequiredService<ContentSearchSource>());
        services.AddScoped<IContentEventHandler, ContentSearchEvents>();
    }
}
