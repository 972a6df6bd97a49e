using Anshun.Core.Files;

namespace Anshun.Contents.Attachments;

/// <summary>An upload that passed the size and type checks, waiting in a temporary file to be stored.</summary>
public sealed class PreparedAttachment(SpooledUpload upload, string fileName, string mediaType, string? userId) : IAsyncDisposable
{
    public SpooledUpload Upload { get; } = upload;

    public string FileName { get; } = fileName;

    public string MediaType { get; } = mediaType;

    public string? UserId { get; } = userId;

    public ValueTask DisposeAsync() => Upload.DisposeAsync();
}
