using System.Security.Cryptography;
using Anshun.Core.Files;
using Anshun.Testing;

namespace Anshun.Core.Tests.Files;

public sealed class SpooledUploadTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "anshun-spool-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task KeepsTheBytesTheirSizeAndSha256()
    {
        var bytes = SampleFiles.Pdf();

        await using var upload = await SpooledUpload.CreateAsync(new MemoryStream(bytes), _folder, 1024 * 1024);

        Assert.False(upload.IsTooLarge);
        Assert.Equal(bytes.Length, upload.Size);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), upload.Sha256);
        Assert.Equal(bytes, await File.ReadAllBytesAsync(upload.TempPath));
    }

    [Fact]
    public async Task StopsAtTheLimitAndLeavesNothingBehind()
    {
        await using var upload = await SpooledUpload.CreateAsync(new MemoryStream(SampleFiles.LargeText(300_000)), _folder, 100_000);

        Assert.True(upload.IsTooLarge);
        Assert.Empty(Directory.GetFiles(_folder));
    }

    [Fact]
    public async Task TheStoreKeepsOneCopyPerContent()
    {
        var store = new ContentAddressedStore(Path.Combine(_folder, "store"));
        var bytes = SampleFiles.Png();
        await using var first = await SpooledUpload.CreateAsync(new MemoryStream(bytes), _folder, 1024);
        await using var second = await SpooledUpload.CreateAsync(new MemoryStream(bytes), _folder, 1024);

        store.Add(first);
        store.Add(second);
        await using var read = store.OpenRead(first.Sha256);
        using var copy = new MemoryStream();
        await read.CopyToAsync(copy);

        Assert.Equal(bytes, copy.ToArray());
        Assert.Single(Directory.GetFiles(store.Root, "*", SearchOption.AllDirectories));
    }

    [Theory]
    [InlineData(@"C:\Users\李明\Desktop\通知.pdf", "通知.pdf")]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData("  报告?.docx ", "报告.docx")]
    public void BrowserFileNamesAreCleaned(string raw, string expected) => Assert.Equal(expected, SafeFileName.Clean(raw));

    [Theory]
    [InlineData(512, "512 字节")]
    [InlineData(52428800, "50 MB")]
    [InlineData(1536, "1.5 KB")]
    public void SizesAreShownForPeople(long bytes, string text) => Assert.Equal(text, FileSizeText.Format(bytes));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
