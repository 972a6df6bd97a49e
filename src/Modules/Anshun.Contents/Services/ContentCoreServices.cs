using Microsoft.Extensions.DependencyInjection;

namespace Anshun.Contents.Services;

/// <summary>Registers this area's services (called from the module's Startup).</summary>
public static class ContentCoreServices
{
    public static void Add(IServiceCollection services)
    {
    }
}
