using Microsoft.AspNetCore.Routing;

namespace Anshun.Contents.Attachments;

/// <summary>Maps this area's JSON endpoints (called from the module's Startup).</summary>
public static class AttachmentApi
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
    }
}
