using System.Security.Claims;
using System.Text.Json.Nodes;
using Anshun.Contents.Models;
using Anshun.Contents.Services;
using Anshun.Core.Search;
using Anshun.Core.Security;
using Anshun.Core.Users;
using Anshun.Search.Engine;
using Anshun.Search.Indexing;
using Anshun.Search.Services;
using Anshun.Search.Tests.Indexing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Anshun.Search.Tests.Api;

/// <summary>
/// The search test site with the portal side of search, plus helpers to publish real content as a demo user and
/// to bring this node's index up to date before a test searches.
/// </summary>
public sealed class SearchPortalSiteFactory : SearchSiteFactory
{
    /// <summary>A reader who may read everything, to check that a document reached the index.</summary>
    public static readonly SearchReader Everything = new(
        new HashSet<string> { SearchPrincipal.Permission("Contents.ManageAll").Term, SearchPrincipal.Permission("FileLibrary.Manage").Term },
        Enum.GetValues<SecretLevel>().Max());

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);

        // Until the module's Startup calls it; registering twice is harmless.
        builder.ConfigureServices(SearchPortalServices.Add);
    }

    /// <summary>Puts a document into the fake source and tells the index to look at it.</summary>
    public async Task PutAsync(string key, string title, string? body = null)
    {
        Source.Put(key, title, body);
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ISearchIndexQueue>().EnqueueAsync(FakeSearchSource.SourceName, key);
    }

    /// <summary>Creates and publishes an item through the content manager as <paramref name="userName"/>; returns its id.</summary>
    public async Task<string> PublishAsync(string userName, string typeName, string sectionCode, string title, string body, IDictionary<string, JsonNode?>? fields = null)
    {
        await using var scope = Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var section = await services.GetRequiredService<ISectionStore>().FindAsync(sectionCode)
            ?? throw new InvalidOperationException($"没有栏目 {sectionCode}。");
        var user = await PrincipalAsync(services, userName);
        var manager = services.GetRequiredService<IContentManager>();
        var item = await manager.CreateAsync(user, new ContentInput
        {
            ContentType = typeName,
            SectionId = section.Id,
            Title = title,
            Body = "<p>" + body + "</p>",
            Source = "市政府办公室",
            Fields = fields ?? new Dictionary<string, JsonNode?>(),
        });
        await manager.PublishAsync(user, item.ContentItemId);
        return item.ContentItemId;
    }

    /// <summary>Takes an item offline through the content manager as <paramref name="userName"/>.</summary>
    public async Task UnpublishAsync(string userName, string contentItemId)
    {
        await using var scope = Services.CreateAsyncScope();
        var user = await PrincipalAsync(scope.ServiceProvider, userName);
        await scope.ServiceProvider.GetRequiredService<IContentManager>().UnpublishAsync(user, contentItemId);
    }

    /// <summary>Applies the task log (and the first rebuild a new node asks for) until <paramref name="query"/> finds every key.</summary>
    public Task IndexUntilFoundAsync(string query, params string[] keys) =>
        IndexUntilAsync(query, found => keys.All(found.Contains), "仍未找到全部文档");

    /// <summary>Applies the task log until <paramref name="query"/> no longer finds <paramref name="key"/>.</summary>
    public Task IndexUntilGoneAsync(string query, string key) =>
        IndexUntilAsync(query, found => !found.Contains(key), "仍能找到已下线的文档");

    private async Task IndexUntilAsync(string query, Func<IReadOnlySet<string>, bool> done, string failure)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            await using (var scope = Services.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<SearchCatchUp>().RunAsync(CancellationToken.None);
                await scope.ServiceProvider.GetRequiredService<SearchRebuilder>().RunAsync(CancellationToken.None);
                await scope.ServiceProvider.GetRequiredService<SearchCatchUp>().RunAsync(CancellationToken.None);
            }

            var found = Services.GetRequiredService<SearchNodeIndex>()
                .Search(new SearchRequest(query) { PageSize = SearchRequest.MaxPageSize }, Everything).Hits.Select(h => h.Key).ToHashSet();
            if (done(found))
            {
                return;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"检索“{query}”在 60 秒内{failure}。");
            }

            await Task.Delay(100);
        }
    }

    private static async Task<ClaimsPrincipal> PrincipalAsync(IServiceProvider services, string userName)
    {
        var user = await services.GetRequiredService<IUserDirectory>().FindByNameAsync(userName)
            ?? throw new InvalidOperationException($"演示用户 {userName} 不存在。");
        return new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, user.Id), new Claim(ClaimTypes.Name, user.UserName)], "Test"));
    }
}
