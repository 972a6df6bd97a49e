using Microsoft.AspNetCore.Routing;

namespace Anshun.Contents.Sections;

/// <summary>Maps this area's JSON endpoints (called from the module's Startup).</summary>
public static class SectionApi
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
    }
}
