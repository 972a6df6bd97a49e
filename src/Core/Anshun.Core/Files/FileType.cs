namespace Anshun.Core.Files;

/// <summary>
/// A file type as decided from the bytes (文件的真实类型), with the extensions a file of this type may carry.
/// </summary>
/// <param name="Id">Stable short id (<c>pdf</c>, <c>docx</c>, <c>ole2</c>, <c>exe</c>).</param>
/// <param name="DisplayName">Chinese name used in messages: “PDF 文档”, “Windows 可执行程序”.</param>
/// <param name="MediaType">The media type files of this type are served with.</param>
/// <param name="Extensions">Extensions (lower case, with the dot) that agree with this content.</param>
/// <param name="IsDangerous">Programs, scripts and active content: never accepted, whatever the name.</param>
public sealed record FileType(string Id, string DisplayName, string MediaType, IReadOnlyList<string> Extensions, bool IsDangerous = false)
{
    /// <summary>PDF and raster images, which a browser can show safely (在线预览).</summary>
    public bool CanPreviewInline => Id is "pdf" or "png" or "jpeg" or "gif" or "bmp" or "webp";

    public bool IsImage => MediaType.StartsWith("image/", StringComparison.Ordinal);

    /// <summary>The media type for a file of this type with the given extension (the OLE2 family shares one signature).</summary>
    public string MediaTypeFor(string extension) => Id == "ole2" && FileTypes.Ole2MediaTypes.TryGetValue(extension, out var mediaType)
        ? mediaType
        : MediaType;
}
