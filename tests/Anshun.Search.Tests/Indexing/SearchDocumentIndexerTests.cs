using Anshun.Search.Data;
using Anshun.Search.Engine;
using Anshun.Search.Indexing;
using Microsoft.Extensions.DependencyInjection;

namespace Anshun.Search.Tests.Indexing;

/// <summary>A batch of tasks is applied by loading each named document once and analysing on several workers.</summary>
public sealed class SearchDocumentIndexerTests : IAsyncLifetime
{
    private readonly SearchSiteFactory _site = new();

    public Task InitializeAsync() =>
        SearchTestKit.WaitUntilAsync(_site.Time, () => SearchTestKit.Settled(_site.Services), what: "启动时的重建完成");

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task EachDocumentOfABatchIsLoadedOnceAndAFailingOneDoesNotStopTheOthers()
    {
        for (var i = 0; i < 40; i++)
        {
            _site.Source.Put("m" + i.ToString("D2", System.Globalization.CultureInfo.InvariantCulture), "平坝区防汛值班通知第" + i + "期", scope: "section:pb");
        }

        _site.Source.Failing["m07"] = true;
        _site.Source.Loads.Clear();
        using var index = SearchIndex.OpenInMemory();
        index.Upsert(_site.Source.Put("gone-later", "紫云县格凸河景区通告"), null);
        _site.Source.Remove("gone-later");
        var tasks = new List<SearchTask>
        {
            Document("m01"), Document("m01"), Scope("section:pb"), Document("m02"), Document("gone-later"),
        };

        await using (var scope = _site.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<SearchDocumentIndexer>().ApplyTasksAsync(index, tasks, CancellationToken.None);
        }

        index.Commit(new Dictionary<string, string>());
        Assert.All(_site.Source.Loads, load => Assert.Equal(1, load.Value));
        Assert.Equal(41, _site.Source.Loads.Count);
        var found = index.Search(new SearchRequest("防汛值班") { PageSize = 50 }, Anshun.Search.Tests.Engine.JudgedCorpus.Everything).Hits.Select(h => h.Key).ToList();
        Assert.Equal(39, found.Count);
        Assert.DoesNotContain("m07", found);
        Assert.Equal(0, index.Search(new SearchRequest("格凸河"), Anshun.Search.Tests.Engine.JudgedCorpus.Everything).Total);
        Assert.Contains("m07", SearchTestKit.Node(_site.Services).GetStatus().LastError);
    }

    private static SearchTask Document(string key) =>
        new() { Source = FakeSearchSource.SourceName, Key = key, Kind = SearchTaskKind.Document };

    private static SearchTask Scope(string scope) =>
        new() { Source = FakeSearchSource.SourceName, Scope = scope, Kind = SearchTaskKind.Scope };
}
