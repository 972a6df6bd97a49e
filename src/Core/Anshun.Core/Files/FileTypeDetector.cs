namespace Anshun.Core.Files;

/// <summary>
/// Decides a file's real type from its bytes (magic numbers, the parts inside a zip, text encoding),
/// never from its name. Returns null for content it does not recognise.
/// </summary>
public static class FileTypeDetector
{
    private const int HeadLength = 1024;

    private static readonly byte[] Ole2Signature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] RarSignature = [0x52, 0x61, 0x72, 0x21, 0x1A, 0x07];
    private static readonly byte[] SevenZipSignature = [0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C];
    private static readonly byte[] ElfSignature = [0x7F, 0x45, 0x4C, 0x46];
    private static readonly byte[] ZipSignature = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] EmptyZipSignature = [0x50, 0x4B, 0x05, 0x06];
    private static readonly byte[][] MachOSignatures =
    [
        [0xFE, 0xED, 0xFA, 0xCE], [0xCE, 0xFA, 0xED, 0xFE], [0xFE, 0xED, 0xFA, 0xCF], [0xCF, 0xFA, 0xED, 0xFE], [0xCA, 0xFE, 0xBA, 0xBE],
    ];

    /// <summary>Detects the type of a seekable stream, reading from its start; the position is left at the start.</summary>
    public static async Task<FileType?> DetectAsync(Stream content, CancellationToken cancellationToken = default)
    {
        if (!content.CanSeek)
        {
            throw new ArgumentException("File type detection needs a seekable stream.", nameof(content));
        }

        content.Position = 0;
        var head = new byte[Math.Min(HeadLength, content.Length)];
        await content.ReadExactlyAsync(head, cancellationToken);
        content.Position = 0;

        var type = DetectFromHead(head);
        if (type is null && (head.AsSpan().StartsWith(ZipSignature) || head.AsSpan().StartsWith(EmptyZipSignature)))
        {
            type = await ZipContentInspector.DetectAsync(content, cancellationToken);
        }
        else if (type is null)
        {
            type = await TextContentSniffer.DetectAsync(content, cancellationToken);
        }

        content.Position = 0;
        return type;
    }

    /// <summary>Types recognisable from the first bytes alone (everything but zip-based and text files).</summary>
    public static FileType? DetectFromHead(ReadOnlySpan<byte> head)
    {
        if (head.Length >= 2 && head[0] == (byte)'M' && head[1] == (byte)'Z')
        {
            return FileTypes.WindowsExecutable;
        }

        if (head.StartsWith(ElfSignature))
        {
            return FileTypes.LinuxExecutable;
        }

        foreach (var signature in MachOSignatures)
        {
            if (head.StartsWith(signature))
            {
                return FileTypes.MacExecutable;
            }
        }

        if (head.Length >= 2 && head[0] == (byte)'#' && head[1] == (byte)'!')
        {
            return FileTypes.ShellScript;
        }

        // The PDF header may follow a little junk (the specification allows it within the first 1024 bytes).
        if (head.IndexOf("%PDF-"u8) is >= 0 and < HeadLength)
        {
            return FileTypes.Pdf;
        }

        if (head.StartsWith(Ole2Signature))
        {
            return FileTypes.Ole2;
        }

        if (head.StartsWith(PngSignature))
        {
            return FileTypes.Png;
        }

        if (head.Length >= 3 && head[0] == 0xFF && head[1] == 0xD8 && head[2] == 0xFF)
        {
            return FileTypes.Jpeg;
        }

        if (head.StartsWith("GIF87a"u8) || head.StartsWith("GIF89a"u8))
        {
            return FileTypes.Gif;
        }

        if (IsBmp(head))
        {
            return FileTypes.Bmp;
        }

        if (head.Length >= 12 && head.StartsWith("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8))
        {
            return FileTypes.Webp;
        }

        if (head.StartsWith(RarSignature))
        {
            return FileTypes.Rar;
        }

        return head.StartsWith(SevenZipSignature) ? FileTypes.SevenZip : null;
    }

    /// <summary>"BM", then a DIB header size that a real bitmap has (so a text starting with "BM" is not taken for one).</summary>
    private static bool IsBmp(ReadOnlySpan<byte> head)
    {
        if (head.Length < 18 || head[0] != (byte)'B' || head[1] != (byte)'M')
        {
            return false;
        }

        var dibHeaderSize = BitConverter.ToInt32(head[14..18]);
        return dibHeaderSize is 12 or 40 or 52 or 56 or 64 or 108 or 124;
    }
}
