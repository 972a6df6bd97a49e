using System.Security.Claims;
using System.Text;
using Anshun.Core.Organization;
using Anshun.Core.Search;
using Anshun.Core.Security;
using Anshun.Core.Users;
using Anshun.FileLibrary.Data;
using Anshun.FileLibrary.Models;
using Anshun.FileLibrary.Search;
using Anshun.FileLibrary.Services;
using Anshun.Testing;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Anshun.FileLibrary.Tests.Search;

public sealed class FileSearchSourceTests : IAsyncLifetime
{
    private readonly FileLibrarySiteFactory _site = new();
    private readonly RecordingSearchQueue _queue = new();
    private WebApplicationFactory<Program> _host = null!;

    public Task InitializeAsync()
    {
        _host = _site.WithWebHostBuilder(b => b.ConfigureTestServices(services => services.AddScoped<ISearchIndexQueue>(_ => _queue)));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _site.DisposeAsync();
    }

    [Fact]
    public async Task AnUploadedFileIsEnqueuedAndLoadsGatedToItsFolderReaders()
    {
        var folderId = await FolderIdAsync("教育局内部资料");
        var fileId = await UploadAsync("jyj_editor", folderId, "教学计划.txt", "二〇二六年秋季学期教学计划");

        Assert.Contains(("document", "files", fileId), _queue.Tasks);
        var document = await LoadAsync(fileId);

        Assert.NotNull(document);
        Assert.Equal(("files", "SharedFile", "/files/" + fileId, "教学计划.txt"), (document.Source, document.Type, document.Url, document.Title));
        Assert.Equal([new SearchField("文件夹", "教育局内部资料")], document.Fields);
        Assert.Equal([new SearchFacet("type", "SharedFile", "共享文件")], document.Facets);
        Assert.Equal(_site.Time.GetUtcNow().UtcDateTime, document.PublishedUtc!.Value, TimeSpan.FromMilliseconds(1));
        var attachment = Assert.Single(document.Attachments);
        await using (var stream = await attachment.OpenAsync(CancellationToken.None))
        {
            Assert.Equal("二〇二六年秋季学期教学计划", await new StreamReader(stream, Encoding.UTF8).ReadToEndAsync());
        }

        var jyj = await InScopeAsync(async sp => (await sp.GetRequiredService<IOrganizationService>().FindUnitAsync("JYJ"))!.Id);
        Assert.Equal([SearchPrincipal.Unit(jyj)], Assert.Single(document.Access.Gates));
        Assert.True(Opens(document.Access, await TermsOfAsync("staff")));
        Assert.True(Opens(document.Access, await TermsOfAsync("filer")));
        Assert.False(Opens(document.Access, await TermsOfAsync("czj_editor")));
        Assert.False(Opens(document.Access, await TermsOfAsync("leader")));
    }

    [Fact]
    public async Task ANewVersionAndADeleteAreEnqueuedAndTheDeletedFileIsNotFound()
    {
        var folderId = await FolderIdAsync("学习资料");
        var fileId = await UploadAsync("editor", folderId, "学习提纲.txt", "第一版");

        await InScopeAsync(async sp =>
        {
            var store = sp.GetRequiredService<SharedFileStore>();
            await using var upload = await store.PrepareAsync(new MemoryStream(Encoding.UTF8.GetBytes("第二版")), "学习提纲（修订）.txt");
            return await store.AddVersionAsync(await UserAsync(sp, "editor"), fileId, upload, "修订");
        });
        Assert.Equal("学习提纲（修订）.txt", (await LoadAsync(fileId))!.Title);

        await InScopeAsync(async sp =>
        {
            await sp.GetRequiredService<SharedFileStore>().DeleteAsync(await UserAsync(sp, "editor"), fileId);
            return 0;
        });

        Assert.Equal(3, _queue.Tasks.Count(t => t == ("document", "files", fileId)));
        Assert.Null(await LoadAsync(fileId));
        Assert.DoesNotContain(fileId, await ReadAllKeysAsync(null));
    }

    [Fact]
    public async Task ChangingAFoldersRulesEnqueuesItsScopeCoveringFilesBelow()
    {
        var parentId = await FolderIdAsync("表格模板");
        var childId = await FolderIdAsync("财务表格");
        var fileId = await UploadAsync("editor", childId, "报销单.txt", "差旅费报销单");

        await InScopeAsync(sp => sp.GetRequiredService<FolderStore>().SaveAsync(
            new FolderInput
            {
                Name = "表格模板",
                Readers = [new PrincipalInput { Kind = "Unit", Value = "CZJ" }],
                Managers = [new PrincipalInput { Kind = "Role", Value = "Editor" }],
            },
            null,
            updateExisting: true));

        Assert.Contains(("scope", "files", "folder:" + parentId), _queue.Tasks);
        var keys = await InScopeAsync(sp => Source(sp).KeysInScopeAsync("folder:" + parentId));
        Assert.Contains(fileId, keys);
        var access = (await LoadAsync(fileId))!.Access;
        var czj = await InScopeAsync(async sp => (await sp.GetRequiredService<IOrganizationService>().FindUnitAsync("CZJ"))!.Id);
        Assert.Equal([SearchPrincipal.Unit(czj)], Assert.Single(access.Gates));
        Assert.False(Opens(access, await TermsOfAsync("staff")));
        Assert.True(Opens(access, await TermsOfAsync("czj_editor")));
    }

    [Fact]
    public async Task ReadAllIsOrderedResumesAfterAKeyAndMatchesTheCount()
    {
        var folderId = await FolderIdAsync("通知文件");
        for (var i = 0; i < 3; i++)
        {
            await UploadAsync("editor", folderId, $"通知{i}.txt", "通知内容" + i);
        }

        var all = await ReadAllKeysAsync(null);

        Assert.Equal(3, all.Count);
        Assert.Equal(all.Count, await InScopeAsync(sp => Source(sp).CountAsync()));
        Assert.Equal(all.Order(StringComparer.Ordinal), all);
        Assert.Equal(all.Skip(1), await ReadAllKeysAsync(all[0]));
    }

    private static FileSearchSource Source(IServiceProvider services) =>
        (FileSearchSource)services.GetServices<ISearchIndexSource>().Single(s => s.Name == "files");

    private Task<SearchDocument?> LoadAsync(string key) => InScopeAsync(sp => Source(sp).LoadAsync(key));

    private Task<List<string>> ReadAllKeysAsync(string? after) => InScopeAsync(async sp =>
    {
        var keys = new List<string>();
        await foreach (var document in Source(sp).ReadAllAsync(after))
        {
            keys.Add(document.Key);
        }

        return keys;
    });

    private Task<string> FolderIdAsync(string name) =>
        InScopeAsync(sp => sp.GetRequiredService<FileLibraryDbContext>().Folders.Where(f => f.Name == name).Select(f => f.Id).SingleAsync());

    private Task<string> UploadAsync(string userName, string folderId, string fileName, string text) => InScopeAsync(async sp =>
    {
        var store = sp.GetRequiredService<SharedFileStore>();
        await using var upload = await store.PrepareAsync(new MemoryStream(Encoding.UTF8.GetBytes(text)), fileName);
        return (await store.AddFilesAsync(await UserAsync(sp, userName), folderId, [upload]))[0].Id;
    });

    private Task<IReadOnlySet<string>> TermsOfAsync(string userName) => InScopeAsync(async sp =>
        SearchPrincipal.Of(await sp.GetRequiredService<IAccessSubjectResolver>().ResolveAsync(await UserAsync(sp, userName))));

    private static async Task<ClaimsPrincipal> UserAsync(IServiceProvider services, string userName)
    {
        var user = (await services.GetRequiredService<IUserDirectory>().FindByNameAsync(userName))!;
        return new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, user.Id), new Claim(ClaimTypes.Name, user.UserName)], "Test"));
    }

    private async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = _host.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    /// <summary>The index's rule: a bypass term, or every gate opened by one of the reader's terms.</summary>
    private static bool Opens(SearchAccess access, IReadOnlySet<string> terms) =>
        access.Bypass.Any(p => terms.Contains(p.Term)) || access.Gates.All(g => g.Any(p => terms.Contains(p.Term)));
}
