using Microsoft.Extensions.DependencyInjection;

namespace Anshun.Contents.Portal;

/// <summary>Registers this area's services (called from the module's Startup).</summary>
public static class ContentPortalServices
{
    public static void Add(IServiceCollection services)
    {
    }
}
