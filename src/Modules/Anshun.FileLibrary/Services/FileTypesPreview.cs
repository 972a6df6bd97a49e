namespace Anshun.FileLibrary.Services;

/// <summary>Which stored media types a browser may show inline (PDF and raster images; never SVG or HTML).</summary>
public static class FileTypesPreview
{
    public static bool CanPreview(string mediaType) =>
        mediaType is "application/pdf" or "image/png" or "image/jpeg" or "image/gif" or "image/bmp" or "image/webp";

    public static bool IsImage(string mediaType) => CanPreview(mediaType) && mediaType.StartsWith("image/", StringComparison.Ordinal);
}
