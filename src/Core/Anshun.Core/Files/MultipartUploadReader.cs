using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Anshun.Core.Files;

/// <summary>
/// Reads a <c>multipart/form-data</c> upload part by part, straight from the request body, so large files
/// are streamed to their destination instead of being buffered by the form reader first.
/// </summary>
public static class MultipartUploadReader
{
    public static bool IsMultipart(HttpRequest request) =>
        MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType)
        && contentType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
        && !string.IsNullOrWhiteSpace(HeaderUtilities.RemoveQuotes(contentType.Boundary).Value);

    /// <summary>
    /// Lifts the server's request size limit to what this upload may legitimately need
    /// (<paramref name="maxFiles"/> files of <paramref name="maxFileBytes"/>, plus the form's overhead).
    /// </summary>
    public static void AllowBodySize(HttpContext context, long maxFileBytes, int maxFiles)
    {
        var feature = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (feature is { IsReadOnly: false })
        {
            feature.MaxRequestBodySize = (maxFileBytes * maxFiles) + (1024 * 1024);
        }
    }

    public static async IAsyncEnumerable<MultipartPart> ReadAsync(HttpRequest request, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var boundary = HeaderUtilities.RemoveQuotes(MediaTypeHeaderValue.Parse(request.ContentType).Boundary).Value!;
        var reader = new MultipartReader(boundary, request.Body);
        MultipartSection? section;
        while ((section = await reader.ReadNextSectionAsync(cancellationToken)) is not null)
        {
            if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                || !disposition.DispositionType.Equals("form-data"))
            {
                continue;
            }

            var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value ?? "";
            var isFile = !StringSegment.IsNullOrEmpty(disposition.FileName) || !StringSegment.IsNullOrEmpty(disposition.FileNameStar);
            var fileName = isFile
                ? SafeFileName.Clean(HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value)
                : null;
            yield return new MultipartPart(name, fileName, section.Body);
        }
    }
}
