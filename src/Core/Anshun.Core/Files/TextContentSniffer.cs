using System.Text;

namespace Anshun.Core.Files;

/// <summary>
/// Plain text (txt, csv): no NUL bytes and valid UTF-8 or GB18030 throughout. Text that is really a
/// web page or SVG drawing is reported as such, because a browser would run its scripts.
/// </summary>
internal static class TextContentSniffer
{
    private const int BufferSize = 64 * 1024;
    private const int MarkupProbeLength = 4096;

    private static readonly string[] MarkupStarts = ["<!doctype html", "<html", "<head", "<body", "<script", "<iframe", "<svg"];

    public static async Task<FileType?> DetectAsync(Stream content, CancellationToken cancellationToken)
    {
        if (content.Length == 0)
        {
            return null;
        }

        content.Position = 0;
        if (!await IsValidAsync(content, new UTF8Encoding(false, throwOnInvalidBytes: true), cancellationToken))
        {
            content.Position = 0;
            if (!await IsValidAsync(content, Gb18030(), cancellationToken))
            {
                return null;
            }
        }

        content.Position = 0;
        var probe = new byte[Math.Min(MarkupProbeLength, content.Length)];
        await content.ReadExactlyAsync(probe, cancellationToken);
        return DetectMarkup(Encoding.UTF8.GetString(probe)) ?? FileTypes.Text;
    }

    private static FileType? DetectMarkup(string text)
    {
        var start = text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n').ToLowerInvariant();
        if (start.StartsWith("<?xml", StringComparison.Ordinal) && start.Contains("<svg", StringComparison.Ordinal))
        {
            return FileTypes.Svg;
        }

        if (start.StartsWith("<svg", StringComparison.Ordinal))
        {
            return FileTypes.Svg;
        }

        if (MarkupStarts.Any(m => start.StartsWith(m, StringComparison.Ordinal)) || start.Contains("<script", StringComparison.Ordinal))
        {
            return FileTypes.Html;
        }

        return null;
    }

    private static async Task<bool> IsValidAsync(Stream content, Encoding encoding, CancellationToken cancellationToken)
    {
        var decoder = encoding.GetDecoder();
        var bytes = new byte[BufferSize];
        var chars = new char[encoding.GetMaxCharCount(BufferSize)];
        int read;
        try
        {
            while ((read = await content.ReadAsync(bytes, cancellationToken)) > 0)
            {
                if (bytes.AsSpan(0, read).Contains((byte)0))
                {
                    return false;
                }

                decoder.GetChars(bytes, 0, read, chars, 0, flush: false);
            }

            decoder.GetChars([], 0, 0, chars, 0, flush: true);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    private static Encoding Gb18030()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(54936, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }
}
