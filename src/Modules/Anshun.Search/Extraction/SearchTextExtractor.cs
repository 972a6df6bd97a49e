using System.Text;
using Anshun.Core.Search;
using Microsoft.Extensions.Logging;

namespace Anshun.Search.Extraction;

/// <summary>
/// Reads the text of a document's files for the index (附件全文提取), in the worker, never in a request:
/// .docx through OpenXml, .pdf through PdfPig, .txt and .csv as UTF-8 (with or without BOM) or GB18030; at
/// most <see cref="MaxCharacters"/> characters per file. Other types (.wps, .doc, .ofd…) are found by file
/// name only. A file that cannot be read is logged and skipped: extraction never fails the document.
/// </summary>
public sealed class SearchTextExtractor(ILogger<SearchTextExtractor> logger)
{
    public const int MaxCharacters = 1_000_000;

    public async Task<string?> ExtractAsync(IReadOnlyList<SearchAttachment> attachments, CancellationToken cancellationToken)
    {
        var text = new StringBuilder();
        foreach (var attachment in attachments)
        {
            var part = await ExtractAsync(attachment, cancellationToken);
            if (!string.IsNullOrWhiteSpace(part))
            {
                text.Append(part).Append("\n\n");
            }
        }

        return text.Length == 0 ? null : text.ToString().TrimEnd();
    }

    public async Task<string?> ExtractAsync(SearchAttachment attachment, CancellationToken cancellationToken)
    {
        var kind = KindOf(attachment);
        if (kind == TextKind.None)
        {
            return null;
        }

        try
        {
            await using var stream = await attachment.OpenAsync(cancellationToken);
            var text = kind switch
            {
                TextKind.Docx => DocxTextReader.Read(await SeekableAsync(stream, cancellationToken), MaxCharacters),
                TextKind.Pdf => PdfTextReader.Read(await SeekableAsync(stream, cancellationToken), MaxCharacters),
                _ => await PlainTextReader.ReadAsync(stream, MaxCharacters, cancellationToken),
            };
            return string.IsNullOrWhiteSpace(text) ? null : text.Length > MaxCharacters ? text[..MaxCharacters] : text;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(ex, "Text of attachment {FileName} ({MediaType}) could not be read; it is found by name only.",
                attachment.FileName, attachment.MediaType);
            return null;
        }
    }

    private static TextKind KindOf(SearchAttachment attachment) =>
        Path.GetExtension(attachment.FileName).ToLowerInvariant() switch
        {
            ".docx" => TextKind.Docx,
            ".pdf" => TextKind.Pdf,
            ".txt" or ".csv" => TextKind.Plain,
            _ => attachment.MediaType switch
            {
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document" => TextKind.Docx,
                "application/pdf" => TextKind.Pdf,
                "text/plain" or "text/csv" => TextKind.Plain,
                _ => TextKind.None,
            },
        };

    /// <summary>OpenXml and PdfPig jump around the file; a stream that cannot seek is read into memory first.</summary>
    private static async Task<Stream> SeekableAsync(Stream stream, CancellationToken cancellationToken)
    {
        if (stream.CanSeek)
        {
            return stream;
        }

        var copy = new MemoryStream();
        await stream.CopyToAsync(copy, cancellationToken);
        copy.Position = 0;
        return copy;
    }

    private enum TextKind
    {
        None,
        Docx,
        Pdf,
        Plain,
    }
}
