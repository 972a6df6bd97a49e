using Anshun.Core.Files;

namespace Anshun.FileLibrary.Services;

/// <summary>An upload that passed the size and type checks, waiting in a temporary file to be stored.</summary>
public sealed class PreparedUpload(SpooledUpload upload, string fileName, string mediaType) : IAsyncDisposable
{
    public SpooledUpload Upload { get; } = upload;

    public string FileName { get; } = fileName;

    public string MediaType { get; } = mediaType;

    public ValueTask DisposeAsync() => Upload.DisposeAsync();
}
