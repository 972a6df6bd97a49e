namespace Anshun.FileLibrary.Models;

/// <summary>A version being downloaded: what to call it and its bytes.</summary>
public sealed record FileDownload(SharedFileVersionInfo Version, Stream Content, bool CanPreview);
