using System.Text;

namespace Anshun.Search.Extraction;

/// <summary>
/// A .txt or .csv file: UTF-8 when it has a BOM or decodes cleanly as UTF-8, UTF-16 with its BOM, otherwise
/// GB18030 (what Chinese Windows tools save as "ANSI").
/// </summary>
internal static class PlainTextReader
{
    private static readonly UTF8Encoding _strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static PlainTextReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Gb18030 => Encoding.GetEncoding(54936);

    public static async Task<string> ReadAsync(Stream stream, int maxCharacters, CancellationToken cancellationToken)
    {
        // Four bytes per character at most in UTF-8 and GB18030.
        var limit = maxCharacters * 4;
        var buffer = new byte[Math.Min(limit, stream.CanSeek ? (int)Math.Min(stream.Length, limit) : limit)];
        var length = 0;
        int read;
        while (length < buffer.Length && (read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken)) > 0)
        {
            length += read;
        }

        return Decode(buffer.AsSpan(0, length));
    }

    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Encoding.UTF8.GetString(bytes[3..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Encoding.Unicode.GetString(bytes[2..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        }

        // A file cut at the size limit may end inside a character: allow up to three bytes to be dropped.
        for (var drop = 0; drop <= 3 && drop <= bytes.Length; drop++)
        {
            try
            {
                return _strictUtf8.GetString(bytes[..^drop]);
            }
            catch (DecoderFallbackException)
            {
                // Not UTF-8 (yet): try a shorter tail, then GB18030.
            }
        }

        return Gb18030.GetString(bytes);
    }
}
