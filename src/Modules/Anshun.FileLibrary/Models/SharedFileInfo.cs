namespace Anshun.FileLibrary.Models;

/// <summary>A shared file as pages and the API show it (its current version).</summary>
public sealed record SharedFileInfo(
    string Id,
    string FolderId,
    string Name,
    int Version,
    string MediaType,
    long Size,
    string Sha256,
    long DownloadCount,
    DateTime CreatedUtc,
    DateTime ModifiedUtc,
    string? ModifiedBy,
    string? ModifiedByName,
    bool CanPreview);
