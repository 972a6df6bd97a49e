using System.IO.Compression;
using System.Text;

namespace Anshun.Testing;

/// <summary>Small but real files for upload tests, built from bytes (no fixtures on disk).</summary>
public static class SampleFiles
{
    /// <summary>A one-page PDF that viewers open.</summary>
    public static byte[] Pdf(string text = "Anshun")
    {
        var stream = $"BT /F1 24 Tf 72 720 Td ({text}) Tj ET";
        var objects = new[]
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            $"<< /Length {stream.Length} >>\nstream\n{stream}\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        };
        var builder = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(builder.Length);
            builder.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = builder.Length;
        builder.Append($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            builder.Append($"{offset:D10} 00000 n \n");
        }

        builder.Append($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(builder.ToString());
    }

    /// <summary>A 1×1 PNG.</summary>
    public static byte[] Png() => Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    /// <summary>The start of a Windows program: the MZ header and the PE signature, padded.</summary>
    public static byte[] WindowsExecutable()
    {
        var bytes = new byte[1024];
        bytes[0] = (byte)'M';
        bytes[1] = (byte)'Z';
        BitConverter.GetBytes(0x80).CopyTo(bytes, 0x3C);
        "PE\0\0"u8.ToArray().CopyTo(bytes, 0x80);
        return bytes;
    }

    public static byte[] Utf8Text(string text) => Encoding.UTF8.GetBytes(text);

    /// <summary>A plain zip holding one text file.</summary>
    public static byte[] Zip(string entryName = "说明.txt", string text = "安顺市")
    {
        using var memory = new MemoryStream();
        using (var archive = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(archive.CreateEntry(entryName).Open(), Encoding.UTF8);
            writer.Write(text);
        }

        return memory.ToArray();
    }

    /// <summary>A file of <paramref name="size"/> bytes that is valid UTF-8 text.</summary>
    public static byte[] LargeText(long size)
    {
        var bytes = new byte[size];
        Array.Fill(bytes, (byte)'a');
        return bytes;
    }
}
