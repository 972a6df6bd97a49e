using Anshun.Contents.Services;
using Anshun.Core.Data;
using Microsoft.Extensions.DependencyInjection;

namespace Anshun.Contents.Attachments;

/// <summary>Registers this area's services (called from the module's Startup).</summary>
public static class AttachmentServices
{
    public static void Add(IServiceCollection services)
    {
        services.AddOptions<AttachmentOptions>()
            .BindConfiguration(AttachmentOptions.SectionName)
            .Validate(o => o.MaxAttachmentBytes > 0, "Anshun:Contents:MaxAttachmentBytes must be positive.")
            .Validate(o => o.MaxFilesPerUpload > 0, "Anshun:Contents:MaxFilesPerUpload must be positive.")
            .ValidateOnStart();
        services.AddModuleDbContext<AttachmentsDbContext>();
        services.AddScoped<AttachmentStore>();
        services.AddScoped<IAttachmentStore>(sp => sp.GetRequiredService<AttachmentStore>());
        services.AddScoped<AttachmentDownloadAuthorizer>();
    }
}
