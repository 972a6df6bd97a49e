using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using Anshun.Testing;

namespace Anshun.FileLibrary.Tests.Api;

public sealed class FileLibraryApiTests(FileLibrarySiteFactory site) : IClassFixture<FileLibrarySiteFactory>
{
    [Fact]
    public async Task AManagerUploadsSeveralFilesAtOnce()
    {
        var editor = await site.LoginAsync("editor");
        var folder = await editor.FolderIdAsync("通知文件");
        var pdf = SampleFiles.Pdf("notice-a");

        var response = await editor.UploadAsync($"/api/files/folders/{folder}/files", ("关于节假日值班的通知.pdf", pdf), ("值班表.png", SampleFiles.Png()));
        var uploaded = (await response.OkJsonAsync()).EnumerateArray().ToList();
        var listed = await editor.FilesAsync(folder);

        Assert.Equal(2, uploaded.Count);
        var notice = uploaded.Single(f => f.GetProperty("name").GetString() == "关于节假日值班的通知.pdf");
        Assert.Equal("application/pdf", notice.GetProperty("mediaType").GetString());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(pdf)), notice.GetProperty("sha256").GetString());
        Assert.Equal(pdf.Length, notice.GetProperty("size").GetInt64());
        Assert.Contains(listed, f => f.GetProperty("name").GetString() == "值班表.png" && f.GetProperty("mediaType").GetString() == "image/png");
    }

    [Fact]
    public async Task ANewVersionKeepsTheEarlierOnesDownloadable()
    {
        var editor = await site.LoginAsync("editor");
        var folder = await editor.FolderIdAsync("规章制度");
        var first = SampleFiles.Pdf("rules-v1");
        var second = SampleFiles.Pdf("rules-v2");
        var file = (await (await editor.UploadAsync($"/api/files/folders/{folder}/files", ("机关考勤制度.pdf", first))).OkJsonAsync())[0];
        var id = file.GetProperty("id").GetString()!;

        var updated = await (await editor.UploadVersionAsync(id, "机关考勤制度（修订）.pdf", second, "根据新规定修订")).OkJsonAsync();
        var detail = await (await editor.GetAsync($"/api/files/{id}")).OkJsonAsync();
        var oldBytes = await editor.GetByteArrayAsync($"/api/files/{id}/download?version=1");
        var currentBytes = await editor.GetByteArrayAsync($"/api/files/{id}/download");

        Assert.Equal(2, updated.GetProperty("version").GetInt32());
        Assert.Equal("机关考勤制度（修订）.pdf", updated.GetProperty("name").GetString());
        var versions = detail.GetProperty("versions").EnumerateArray().ToList();
        Assert.Equal([2, 1], versions.Select(v => v.GetProperty("version").GetInt32()));
        Assert.Equal("根据新规定修订", versions[0].GetProperty("note").GetString());
        Assert.Equal(first, oldBytes);
        Assert.Equal(second, currentBytes);
    }

    [Fact]
    public async Task DownloadsAreCountedPerFileAndPerVersion()
    {
        var editor = await site.LoginAsync("editor");
        var staff = await site.LoginAsync("staff");
        var folder = await editor.FolderIdAsync("学习资料");
        var id = (await (await editor.UploadAsync($"/api/files/folders/{folder}/files", ("政策解读.pdf", SampleFiles.Pdf("study")))).OkJsonAsync())[0]
            .GetProperty("id").GetString()!;

        await staff.GetByteArrayAsync($"/api/files/{id}/download");
        await staff.GetByteArrayAsync($"/api/files/{id}/download?inline=1");
        var detail = await (await staff.GetAsync($"/api/files/{id}")).OkJsonAsync();

        Assert.Equal(2, detail.GetProperty("file").GetProperty("downloadCount").GetInt64());
        Assert.Equal(2, detail.GetProperty("versions")[0].GetProperty("downloadCount").GetInt64());
    }

    [Fact]
    public async Task PreviewIsInlineOnlyWhenAskedAndTheFileIsSafeToShow()
    {
        var editor = await site.LoginAsync("editor");
        var folder = await editor.FolderIdAsync("通知文件");
        var pdf = SampleFiles.Pdf("preview");
        var id = (await (await editor.UploadAsync($"/api/files/folders/{folder}/files", ("会议纪要.pdf", pdf))).OkJsonAsync())[0]
            .GetProperty("id").GetString()!;

        var inline = await editor.GetAsync($"/api/files/{id}/download?inline=1");
        var attachment = await editor.GetAsync($"/api/files/{id}/download");

        Assert.Equal(HttpStatusCode.OK, inline.StatusCode);
        Assert.Equal("inline", inline.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("会议纪要.pdf", inline.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal("application/pdf", inline.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", inline.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal($"\"{Convert.ToHexStringLower(SHA256.HashData(pdf))}\"", inline.Headers.ETag?.Tag);
        Assert.Equal("attachment", attachment.Content.Headers.ContentDisposition?.DispositionType);
    }

    [Fact]
    public async Task ADisguisedProgramIsRefusedStoresNothingAndIsAudited()
    {
        var editor = await site.LoginAsync("editor");
        var folder = await editor.FolderIdAsync("表格模板");
        var before = await editor.FilesAsync(folder);

        var response = await editor.UploadAsync($"/api/files/folders/{folder}/files", ("请假单.pdf", SampleFiles.Pdf("ok")), ("用车申请表.pdf", SampleFiles.WindowsExecutable()));
        var problem = await response.JsonAsync();
        var after = await editor.FilesAsync(folder);
        var audit = await (await site.LoginAsync("auditor")).AuditAsync("filelib.upload_refused");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("文件“用车申请表.pdf”实际是Windows 可执行程序，不允许上传。", problem.GetProperty("errors").GetProperty("files")[0].GetString());
        Assert.Equal(before.Count, after.Count);
        Assert.Contains(audit, r => r.GetProperty("target").GetString() == "用车申请表.pdf" && r.GetProperty("userName").GetString() == "editor");
    }

    [Fact]
    public async Task AReaderMayNotUploadAndAnOutsiderDoesNotSeeTheFolder()
    {
        var staff = await site.LoginAsync("staff");
        var outsider = await site.LoginAsync("czj_editor");
        var jyjFolder = await staff.FolderIdAsync("教育局内部资料");
        var notices = await staff.FolderIdAsync("通知文件");

        var upload = await staff.UploadAsync($"/api/files/folders/{notices}/files", ("a.pdf", SampleFiles.Pdf()));
        var outsiderList = await outsider.GetAsync($"/api/files/folders/{jyjFolder}/files");
        var outsiderFolders = await (await outsider.GetAsync("/api/files/folders")).OkJsonAsync();
        var outsiderUpload = await outsider.UploadAsync($"/api/files/folders/{jyjFolder}/files", ("a.pdf", SampleFiles.Pdf()));

        Assert.Equal(HttpStatusCode.Forbidden, upload.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, outsiderList.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, outsiderUpload.StatusCode);
        Assert.DoesNotContain(outsiderFolders.GetProperty("folders").EnumerateArray(), f => f.GetProperty("id").GetString() == jyjFolder);
    }

    [Fact]
    public async Task AFileOfAnUnreadableFolderCannotBeDownloaded()
    {
        var jyjEditor = await site.LoginAsync("jyj_editor");
        var outsider = await site.LoginAsync("czj_editor");
        var folder = await jyjEditor.FolderIdAsync("教育局内部资料");
        var id = (await (await jyjEditor.UploadAsync($"/api/files/folders/{folder}/files", ("内部名单.csv", SampleFiles.Utf8Text("姓名,科室\n杨帆,基础教育科\n")))).OkJsonAsync())[0]
            .GetProperty("id").GetString()!;

        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/api/files/{id}/download")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/api/files/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.DeleteAsync($"/api/files/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await site.LoginAsync("staff")).GetAsync($"/api/files/{id}/download")).StatusCode);
    }

    [Fact]
    public async Task DeletingIsSoftAndAudited()
    {
        var editor = await site.LoginAsync("editor");
        var staff = await site.LoginAsync("staff");
        var folder = await editor.FolderIdAsync("通知文件");
        var id = (await (await editor.UploadAsync($"/api/files/folders/{folder}/files", ("过期通知.pdf", SampleFiles.Pdf("old")))).OkJsonAsync())[0]
            .GetProperty("id").GetString()!;

        var refused = await staff.DeleteAsync($"/api/files/{id}");
        var deleted = await editor.DeleteAsync($"/api/files/{id}");
        var listed = await editor.FilesAsync(folder);
        var audit = await (await site.LoginAsync("auditor")).AuditAsync("filelib.file_deleted");

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.DoesNotContain(listed, f => f.GetProperty("id").GetString() == id);
        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync($"/api/files/{id}/download")).StatusCode);
        Assert.Contains(audit, r => r.GetProperty("target").GetString() == id && r.GetProperty("detail").GetString()!.Contains("过期通知.pdf", StringComparison.Ordinal));
    }

    [Fact]
    public async Task OnlyTheFileLibrarianCreatesFolders()
    {
        var filer = await site.LoginAsync("filer");
        var departmentEditor = await site.LoginAsync("jyj_editor");
        var body = new
        {
            name = "财政局专用",
            readers = new[] { new { kind = "Unit", value = "CZJ" } },
            managers = new[] { new { kind = "User", value = "czj_editor" } },
        };

        var refused = await departmentEditor.PostAsJsonAsync("/api/files/folders", body);
        var created = await filer.PostAsJsonAsync("/api/files/folders", body);
        var duplicate = await filer.PostAsJsonAsync("/api/files/folders", body);
        var badUnit = await filer.PostAsJsonAsync("/api/files/folders", new { name = "错误", readers = new[] { new { kind = "Unit", value = "NOPE" } } });
        var czj = await site.LoginAsync("czj_editor");
        var id = (await created.OkJsonAsync()).GetProperty("id").GetString()!;
        var czjUpload = await czj.UploadAsync($"/api/files/folders/{id}/files", ("预算说明.pdf", SampleFiles.Pdf("budget")));

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, duplicate.StatusCode);
        Assert.Equal("readers[0] 指定的单位“NOPE”不存在。", (await badUnit.JsonAsync()).GetProperty("errors").GetProperty("readers[0]")[0].GetString());
        Assert.Equal(HttpStatusCode.OK, czjUpload.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await departmentEditor.GetAsync($"/api/files/folders/{id}/files")).StatusCode);
    }

    [Fact]
    public async Task AnonymousCallersGet401()
    {
        var anonymous = site.CreateAnonymousClient();

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/files/folders")).StatusCode);
    }
}
