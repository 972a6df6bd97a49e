using System.Net;
using Anshun.Testing;

namespace Anshun.FileLibrary.Tests.Controllers;

public sealed class FileLibraryControllerTests(FileLibrarySiteFactory site) : IClassFixture<FileLibrarySiteFactory>
{
    [Fact]
    public async Task TheFolderPageListsFilesAndOffersUploadToManagersOnly()
    {
        var editor = await site.LoginAsync("editor");
        var staff = await site.LoginAsync("staff");
        var folder = await editor.FolderIdAsync("规章制度");
        await editor.UploadAsync($"/api/files/folders/{folder}/files", ("公文处理办法.pdf", SampleFiles.Pdf("rules")));

        var editorPage = await editor.GetStringAsync($"/files/folders/{folder}");
        var staffPage = await staff.GetStringAsync($"/files/folders/{folder}");

        Assert.Contains("公文处理办法.pdf", editorPage);
        Assert.Contains("上传进度", editorPage);
        Assert.Contains("file-upload.js", editorPage);
        Assert.Contains("公文处理办法.pdf", staffPage);
        Assert.DoesNotContain("上传进度", staffPage);
    }

    [Fact]
    public async Task AnOutsiderGets404ForAFolderAndItsFiles()
    {
        var jyjEditor = await site.LoginAsync("jyj_editor");
        var outsider = await site.LoginAsync("czj_editor");
        var folder = await jyjEditor.FolderIdAsync("教育局内部资料");
        var id = (await (await jyjEditor.UploadAsync($"/api/files/folders/{folder}/files", ("教师名册.pdf", SampleFiles.Pdf("t")))).OkJsonAsync())[0]
            .GetProperty("id").GetString()!;

        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/files/folders/{folder}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/files/{id}")).StatusCode);
        Assert.DoesNotContain("教育局内部资料", await outsider.GetStringAsync("/files"));
        Assert.Contains("教育局内部资料", await jyjEditor.GetStringAsync("/files"));
    }

    [Fact]
    public async Task TheFilePageShowsVersionsAndAPreviewForImages()
    {
        var editor = await site.LoginAsync("editor");
        var folder = await editor.FolderIdAsync("学习资料");
        var id = (await (await editor.UploadAsync($"/api/files/folders/{folder}/files", ("示意图.png", SampleFiles.Png()))).OkJsonAsync())[0]
            .GetProperty("id").GetString()!;
        await editor.UploadVersionAsync(id, "示意图.png", SampleFiles.Png(), "更清晰");

        var page = await (await site.LoginAsync("staff")).GetStringAsync($"/files/{id}");

        Assert.Contains("第 2 版", page);
        Assert.Contains("更清晰", page);
        Assert.Contains($"<img class=\"img-fluid\" src=\"/api/files/{id}/download?inline=1\"", page);
        Assert.DoesNotContain("删除文件", page);
    }

    [Fact]
    public async Task AManagerDeletesThroughTheForm()
    {
        var editor = await site.LoginAsync("editor");
        var folder = await editor.FolderIdAsync("通知文件");
        var id = (await (await editor.UploadAsync($"/api/files/folders/{folder}/files", ("作废通知.pdf", SampleFiles.Pdf("void")))).OkJsonAsync())[0]
            .GetProperty("id").GetString()!;
        var staff = await site.LoginAsync("staff");

        var refused = await staff.PostAsync($"/files/{id}/delete", null);
        var deleted = await editor.PostAsync($"/files/{id}/delete", null);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal($"/files/folders/{folder}", deleted.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync($"/files/{id}")).StatusCode);
    }

    [Fact]
    public async Task TheHomeWidgetShowsOnlyFilesTheUserMayRead()
    {
        var jyjEditor = await site.LoginAsync("jyj_editor");
        var folder = await jyjEditor.FolderIdAsync("教育局内部资料");
        await jyjEditor.UploadAsync($"/api/files/folders/{folder}/files", ("教育局内部周报.pdf", SampleFiles.Pdf("w")));

        var staffHome = await (await site.LoginAsync("staff")).GetStringAsync("/");
        var outsiderHome = await (await site.LoginAsync("czj_editor")).GetStringAsync("/");

        Assert.Contains("最新共享文件", staffHome);
        Assert.Contains("教育局内部周报.pdf", staffHome);
        Assert.Contains("最新共享文件", outsiderHome);
        Assert.DoesNotContain("教育局内部周报.pdf", outsiderHome);
    }
}
