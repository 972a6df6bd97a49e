using System.Net;
using Anshun.Testing;

namespace Anshun.FileLibrary.Tests.Api;

public sealed class FileLibraryLimitTests
{
    [Fact]
    public async Task AnOversizedFileIsRefusedNamingTheLimit()
    {
        await using var site = new FileLibrarySiteFactory();
        site.Settings["Anshun:FileLibrary:MaxFileBytes"] = "2048";
        var editor = await site.LoginAsync("editor");
        var folder = await editor.FolderIdAsync("学习资料");

        var response = await editor.UploadAsync($"/api/files/folders/{folder}/files", ("培训记录.txt", SampleFiles.LargeText(5000)));
        var problem = await response.JsonAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("文件“培训记录.txt”超过 2 KB 的上限。", problem.GetProperty("errors").GetProperty("files")[0].GetString());
        Assert.Empty(await editor.FilesAsync(folder));
        Assert.Empty(Directory.GetFiles(Path.Combine(site.AppData, "temp")));
    }
}
