using System.Globalization;
using Anshun.Contents.Models;

namespace Anshun.Contents.ViewModels;

/// <summary>An attachment as readers see it: name, size, SHA-256 (to check a download), download and preview links.</summary>
public sealed record PortalAttachmentView(AttachmentInfo Info)
{
    public string DownloadUrl => "/content/attachments/" + Uri.EscapeDataString(Info.Id);

    /// <summary>PDF and images open in the browser (预览); other types only download.</summary>
    public string? PreviewUrl =>
        Info.MediaType == "application/pdf" || Info.MediaType.StartsWith("image/", StringComparison.Ordinal)
            ? DownloadUrl + "?inline=1"
            : null;

    public string SizeText => FormatSize(Info.Size);

    public static string FormatSize(long bytes) => bytes switch
    {
        < 1024 => string.Format(CultureInfo.InvariantCulture, "{0} 字节", bytes),
        < 1024 * 1024 => string.Format(CultureInfo.InvariantCulture, "{0:0.#} KB", bytes / 1024d),
        < 1024L * 1024 * 1024 => string.Format(CultureInfo.InvariantCulture, "{0:0.#} MB", bytes / (1024d * 1024)),
        _ => string.Format(CultureInfo.InvariantCulture, "{0:0.##} GB", bytes / (1024d * 1024 * 1024)),
    };
}
