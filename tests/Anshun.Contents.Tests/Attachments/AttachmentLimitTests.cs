using System.Net;
using Anshun.Testing;

namespace Anshun.Contents.Tests.Attachments;

public sealed class AttachmentLimitTests
{
    [Fact]
    public async Task AnOversizedAttachmentIsRefusedNamingTheLimit()
    {
        await using var site = new AnshunSiteFactory("anshun-demo");
        site.Settings["Anshun:Contents:MaxAttachmentBytes"] = "52428800";
        site.Settings["Anshun:Contents:MaxFilesPerUpload"] = "2";
        var editor = await site.LoginAsync("editor");

        var oversized = await editor.UploadAttachmentsAsync(("会议录音.txt", SampleFiles.LargeText((50L * 1024 * 1024) + 1)));
        var tooMany = await editor.UploadAttachmentsAsync(("1.pdf", SampleFiles.Pdf()), ("2.pdf", SampleFiles.Pdf()), ("3.pdf", SampleFiles.Pdf()));

        Assert.Equal(HttpStatusCode.BadRequest, oversized.StatusCode);
        Assert.Equal("附件“会议录音.txt”超过 50 MB 的上限。", (await oversized.JsonAsync()).GetProperty("errors").GetProperty("attachments")[0].GetString());
        Assert.Equal("一次最多上传 2 个附件。", (await tooMany.JsonAsync()).GetProperty("errors").GetProperty("attachments")[0].GetString());
        Assert.Empty(Directory.GetFiles(Path.Combine(site.AppData, "temp")));
    }
}
