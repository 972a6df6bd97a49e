using Anshun.Core.Search;
using Microsoft.Extensions.DependencyInjection;

namespace Anshun.FileLibrary.Search;

/// <summary>Registers shared files as a search source (called from the module's Startup).</summary>
public static class FileSearchServices
{
    public static void Add(IServiceCollection services)
    {
        services.AddScoped<FileSearchSource>();
        services.AddScoped<ISearchIndexSource>(sp => sp.GetRequiredService<FileSearchSource>());
    }
}
