using Microsoft.AspNetCore.Routing;

namespace Anshun.Contents.Api;

/// <summary>Maps this area's JSON endpoints (called from the module's Startup).</summary>
public static class ContentApi
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
    }
}
