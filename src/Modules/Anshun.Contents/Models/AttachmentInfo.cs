namespace Anshun.Contents.Models;

/// <summary>An uploaded file (附件): type decided from its bytes, SHA-256 kept for integrity.</summary>
/// <param name="MediaType">Detected from the content (application/pdf, image/png, ...), never from the name.</param>
/// <param name="ContentItemId">The item that uses it, once saved with one; null while only uploaded.</param>
public sealed record AttachmentInfo(
    string Id,
    string FileName,
    string MediaType,
    long Size,
    string Sha256,
    DateTime UploadedUtc,
    string? UploadedBy,
    string? ContentItemId);
