using Microsoft.Extensions.DependencyInjection;

namespace Anshun.Contents.Attachments;

/// <summary>Registers this area's services (called from the module's Startup).</summary>
public static class AttachmentServices
{
    public static void Add(IServiceCollection services)
    {
    }
}
