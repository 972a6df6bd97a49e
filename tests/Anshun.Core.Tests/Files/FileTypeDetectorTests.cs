using System.Text;
using Anshun.Core.Files;
using Anshun.Testing;

namespace Anshun.Core.Tests.Files;

public sealed class FileTypeDetectorTests
{
    public static TheoryData<string, byte[]> Samples() => new()
    {
        { "pdf", SampleFiles.Pdf() },
        { "png", SampleFiles.Png() },
        { "jpeg", [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0x00] },
        { "gif", Encoding.ASCII.GetBytes("GIF89a\x01\x00\x01\x00\x00\x00\x00;") },
        { "bmp", Bmp() },
        { "webp", [.. "RIFF"u8, 0x1A, 0, 0, 0, .. "WEBPVP8L"u8, 0x0D, 0, 0, 0] },
        { "rar", [0x52, 0x61, 0x72, 0x21, 0x1A, 0x07, 0x01, 0x00] },
        { "7z", [0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C, 0x00, 0x04] },
        { "ole2", OfficeSamples.Ole2() },
        { "docx", OfficeSamples.Docx() },
        { "xlsx", OfficeSamples.Xlsx() },
        { "ofd", OfficeSamples.Ofd() },
        { "zip", SampleFiles.Zip() },
        { "text", SampleFiles.Utf8Text("姓名,单位\n杨帆,教育局\n") },
        { "text", Gb18030("安顺市人民政府办公室关于做好节假日值班工作的通知") },
        { "exe", SampleFiles.WindowsExecutable() },
        { "elf", [0x7F, (byte)'E', (byte)'L', (byte)'F', 2, 1, 1, 0] },
        { "macho", [0xCF, 0xFA, 0xED, 0xFE, 7, 0, 0, 1] },
        { "script", SampleFiles.Utf8Text("#!/bin/sh\nrm -rf /\n") },
        { "html", SampleFiles.Utf8Text("<!DOCTYPE html><html><body>通知</body></html>") },
        { "html", SampleFiles.Utf8Text("姓名\n<script>alert(1)</script>") },
        { "svg", SampleFiles.Utf8Text("<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>") },
        { "macro", OfficeSamples.MacroDocx() },
        { "jar", OfficeSamples.Jar() },
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task DetectsTheTypeFromTheBytes(string expected, byte[] content)
    {
        using var stream = new MemoryStream(content);

        var type = await FileTypeDetector.DetectAsync(stream);

        Assert.Equal(expected, type?.Id);
        Assert.Equal(0, stream.Position);
    }

    [Fact]
    public async Task BinaryNoiseIsNotRecognised()
    {
        var noise = new byte[4096];
        new Random(7).NextBytes(noise);
        noise[0] = 0x00;

        Assert.Null(await FileTypeDetector.DetectAsync(new MemoryStream(noise)));
    }

    [Fact]
    public async Task AnOfficePackageWithoutItsMainPartIsNotADocument()
    {
        Assert.Null(await FileTypeDetector.DetectAsync(new MemoryStream(OfficeSamples.PackageWithoutMainPart())));
    }

    [Fact]
    public async Task ACorruptZipIsNotRecognised()
    {
        byte[] corrupt = [.. "PK\u0003\u0004"u8, .. new byte[200]];

        Assert.Null(await FileTypeDetector.DetectAsync(new MemoryStream(corrupt)));
    }

    [Fact]
    public async Task TextStartingWithBmIsNotTakenForABitmap()
    {
        var type = await FileTypeDetector.DetectAsync(new MemoryStream(SampleFiles.Utf8Text("BM 会议纪要第十二期，请各单位传阅。")));

        Assert.Equal("text", type?.Id);
    }

    private static byte[] Bmp()
    {
        var bytes = new byte[58];
        bytes[0] = (byte)'B';
        bytes[1] = (byte)'M';
        BitConverter.GetBytes(58).CopyTo(bytes, 2);
        BitConverter.GetBytes(54).CopyTo(bytes, 10);
        BitConverter.GetBytes(40).CopyTo(bytes, 14);
        return bytes;
    }

    private static byte[] Gb18030(string text)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding(54936).GetBytes(text);
        Assert.ThrowsAny<DecoderFallbackException>(() => new UTF8Encoding(false, true).GetString(bytes));
        return bytes;
    }
}
