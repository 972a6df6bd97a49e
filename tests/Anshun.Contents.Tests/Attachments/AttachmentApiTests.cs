using System.Net;
using System.Security.Cryptography;
using Anshun.Contents.Attachments;
using Anshun.Contents.Tests.Core;
using Anshun.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Anshun.Contents.Tests.Attachments;

public sealed class AttachmentApiTests(ContentCoreSiteFactory site) : IClassFixture<ContentCoreSiteFactory>
{
    private readonly ContentCoreTestKit _kit = new(site);

    [Fact]
    public async Task AnEditorUploadsFilesAndTheSha256IsKept()
    {
        var editor = await site.LoginAsync("editor");
        var pdf = SampleFiles.Pdf("attachment");

        var response = await editor.UploadAttachmentsAsync(("关于做好防汛工作的通知.pdf", pdf), ("现场照片.png", SampleFiles.Png()));
        var items = (await response.JsonAsync()).EnumerateArray().ToList();
        var stored = await _kit.WithAsync(sp => sp.GetRequiredService<AttachmentsDbContext>().Attachments.AsNoTracking()
            .SingleAsync(a => a.Id == items[0].GetProperty("id").GetString()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, items.Count);
        Assert.Equal("application/pdf", items[0].GetProperty("mediaType").GetString());
        Assert.Equal("image/png", items[1].GetProperty("mediaType").GetString());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(pdf)), stored.Sha256);
        Assert.Equal(pdf.Length, stored.Size);
        Assert.True(File.Exists(Path.Combine(site.AppData, "attachments", stored.Sha256[..2], stored.Sha256)));
    }

    [Fact]
    public async Task AnExecutableRenamedPdfIsRefusedStoresNothingAndIsAudited()
    {
        var editor = await site.LoginAsync("editor");
        var exe = SampleFiles.WindowsExecutable();
        var hash = Convert.ToHexStringLower(SHA256.HashData(exe));

        var response = await editor.UploadAttachmentsAsync(("正常附件.pdf", SampleFiles.Pdf("fine")), ("工作方案.pdf", exe));
        var problem = await response.JsonAsync();
        var storedNames = await _kit.WithAsync(sp => sp.GetRequiredService<AttachmentsDbContext>().Attachments.AsNoTracking()
            .Where(a => a.FileName == "工作方案.pdf" || a.FileName == "正常附件.pdf").CountAsync());
        var audit = await _kit.AuditAsync(AttachmentAuditEvents.Refused, "工作方案.pdf");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("文件“工作方案.pdf”实际是Windows 可执行程序，不允许上传。", problem.GetProperty("errors").GetProperty("attachments")[0].GetString());
        Assert.Equal(0, storedNames);
        Assert.False(File.Exists(Path.Combine(site.AppData, "attachments", hash[..2], hash)));
        Assert.Contains(audit, r => r.UserName == "editor" && !r.Succeeded);
    }

    [Fact]
    public async Task StaffWithoutContentEditingMayNotUpload()
    {
        var staff = await site.LoginAsync("staff");

        var response = await staff.UploadAttachmentsAsync(("a.pdf", SampleFiles.Pdf()));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task AnUnclaimedUploadIsDownloadableOnlyByItsUploader()
    {
        var editor = await site.LoginAsync("editor");
        var pdf = SampleFiles.Pdf("draft");
        var id = (await (await editor.UploadAttachmentsAsync(("草稿附件.pdf", pdf))).JsonAsync())[0].GetProperty("id").GetString();

        var own = await editor.GetAsync($"/content/attachments/{id}?inline=1");
        var other = await (await site.LoginAsync("jyj_editor")).GetAsync($"/content/attachments/{id}");

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(pdf, await own.Content.ReadAsByteArrayAsync());
        Assert.Equal("inline", own.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("草稿附件.pdf", own.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal("nosniff", own.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal($"\"{Convert.ToHexStringLower(SHA256.HashData(pdf))}\"", own.Headers.ETag?.Tag);
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
    }

    [Fact]
    public async Task APublishedItemsAttachmentIsDownloadableByItsReadersOnly()
    {
        var type = await _kit.CreateTypeAsync();
        var section = await _kit.CreateSectionAsync(editors: ["editor"], readers: ["staff"]);
        var editor = await site.LoginAsync("editor");
        var id = (await (await editor.UploadAttachmentsAsync(("名单.csv", SampleFiles.Utf8Text("姓名,单位\n杨帆,教育局\n")))).JsonAsync())[0]
            .GetProperty("id").GetString()!;
        var user = await _kit.UserAsync("editor");
        var item = await _kit.ManagerAsync(m => m.CreateAsync(user, ContentCoreTestKit.Input(type, section, "附件测试公告", i => i.AttachmentIds = [id])));
        await _kit.ManagerAsync(m => m.PublishAsync(user, item.ContentItemId));

        var reader = await (await site.LoginAsync("staff")).GetAsync($"/content/attachments/{id}");
        var outsider = await (await site.LoginAsync("czj_editor")).GetAsync($"/content/attachments/{id}");
        var preview = await (await site.LoginAsync("staff")).GetAsync($"/content/attachments/{id}?inline=1");

        Assert.Equal(HttpStatusCode.OK, reader.StatusCode);
        Assert.Equal("attachment", reader.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("attachment", preview.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(HttpStatusCode.NotFound, outsider.StatusCode);
    }
}
