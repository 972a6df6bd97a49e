using Microsoft.Extensions.DependencyInjection;

namespace Anshun.Contents.Sections;

/// <summary>Registers this area's services (called from the module's Startup).</summary>
public static class SectionServices
{
    public static void Add(IServiceCollection services)
    {
    }
}
