using Anshun.Contents.Models;

namespace Anshun.Contents.Services;

/// <summary>
/// Uploaded files of content items (附件): size-limited, type decided from the bytes (an .exe renamed
/// .pdf is refused), SHA-256 kept, stored under App_Data. <see cref="SaveAsync"/> throws
/// <see cref="ContentValidationException"/> on the field <c>attachments</c>.
/// </summary>
public interface IAttachmentStore
{
    Task<AttachmentInfo> SaveAsync(Stream content, string fileName, string? userId, CancellationToken cancellationToken = default);

    Task<AttachmentInfo?> GetAsync(string attachmentId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<AttachmentInfo>> GetManyAsync(IEnumerable<string> attachmentIds, CancellationToken cancellationToken = default);

    /// <summary>Marks attachments as used by an item (called by the content manager when it saves a version).</summary>
    Task ClaimAsync(IEnumerable<string> attachmentIds, string contentItemId, CancellationToken cancellationToken = default);

    Task<Stream> OpenReadAsync(string attachmentId, CancellationToken cancellationToken = default);
}
