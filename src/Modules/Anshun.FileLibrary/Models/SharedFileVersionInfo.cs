namespace Anshun.FileLibrary.Models;

/// <summary>One version of a shared file (历史版本).</summary>
public sealed record SharedFileVersionInfo(
    int Version,
    string FileName,
    string MediaType,
    long Size,
    string Sha256,
    string? Note,
    DateTime UploadedUtc,
    string? UploadedBy,
    string? UploadedByName,
    long DownloadCount);
