using Anshun.Search.Engine;

namespace Anshun.Search.Tests.Engine;

public sealed class SearchIndexTests
{
    [Fact]
    public void UpsertReplacesTheDocumentWithTheSameKey()
    {
        using var index = EngineTestData.IndexOf(EngineTestData.Notice("n1", "关于龙宫景区的通知", "龙宫景区暂停开放。"));

        index.Upsert(EngineTestData.Notice("n1", "关于屯堡文化的通知", "屯堡文化保护。"), null);
        index.Commit(new Dictionary<string, string>());

        Assert.Empty(index.Find("龙宫").Hits);
        Assert.Equal(["n1"], index.Find("屯堡").Keys());
        Assert.Equal(1, index.DocumentCount);
    }

    [Fact]
    public void DeleteRemovesAfterCommit()
    {
        using var index = EngineTestData.IndexOf(
            EngineTestData.Notice("n1", "关于龙宫景区的通知", "龙宫景区暂停开放。"),
            EngineTestData.Notice("n2", "龙宫景区恢复开放", "龙宫景区恢复开放。"));

        index.Delete("content", "n1");
        Assert.Equal(2, index.Find("龙宫").Total);
        index.Commit(new Dictionary<string, string>());

        Assert.Equal(["n2"], index.Find("龙宫").Keys());
        Assert.Equal(1, index.DocumentCount);
    }

    [Fact]
    public void SameKeyInAnotherSourceIsAnotherDocument()
    {
        using var index = EngineTestData.IndexOf(
            EngineTestData.Notice("1", "龙宫景区通知", "龙宫。"),
            EngineTestData.Notice("1", "龙宫景区文件", "龙宫。") with { Source = "files" });

        index.Delete("files", "1");
        index.Commit(new Dictionary<string, string>());

        var hit = Assert.Single(index.Find("龙宫").Hits);
        Assert.Equal("content", hit.Source);
    }

    [Fact]
    public void ForceMergeLeavesOneSegmentAndKeepsDocumentsAndUserData()
    {
        var folder = Path.Combine(Path.GetTempPath(), "anshun-engine-" + Guid.NewGuid().ToString("N"));
        try
        {
            using var index = SearchIndex.Open(folder);
            for (var i = 0; i < 4; i++)
            {
                // A commit per document: one segment each.
                index.Upsert(EngineTestData.Notice("n" + i, $"第{i}期龙宫景区通报", "龙宫景区客流通报。"), null);
                index.Commit(new Dictionary<string, string> { ["cursor"] = i.ToString(System.Globalization.CultureInfo.InvariantCulture) });
            }

            index.Delete("content", "n0");
            index.Commit(new Dictionary<string, string> { ["cursor"] = "9" });
            Assert.True(index.WithSearcher(searcher => searcher.IndexReader.Leaves.Count) > 1);

            index.ForceMerge(1);

            Assert.Equal(1, index.WithSearcher(searcher => searcher.IndexReader.Leaves.Count));
            Assert.Equal(3, index.Find("龙宫").Total);
            Assert.Equal("9", index.CommittedUserData["cursor"]);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void OpenRoundTripKeepsDocumentsAndCommitUserData()
    {
        var folder = Path.Combine(Path.GetTempPath(), "anshun-engine-" + Guid.NewGuid().ToString("N"));
        try
        {
            using (var index = SearchIndex.Open(folder))
            {
                Assert.Equal(IndexLayout.Folded, index.Layout);
                Assert.Equal([SearchIndex.LayoutKey], index.CommittedUserData.Keys);
                index.Upsert(EngineTestData.Notice("n1", "关于屯堡文化保护的通知", "天龙屯堡整体保护。"), "附件：屯堡地戏传承。");
                index.Commit(new Dictionary<string, string> { ["cursor"] = "42" });
                Assert.Equal("42", index.CommittedUserData["cursor"]);
            }

            using var reopened = SearchIndex.Open(folder);

            Assert.Equal("42", reopened.CommittedUserData["cursor"]);
            Assert.Equal(IndexLayout.Folded, reopened.Layout);
            Assert.Equal(1, reopened.DocumentCount);
            Assert.Equal(["n1"], reopened.Find("屯堡地戏").Keys());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void SecondWriterOnTheSameFolderIsRefusedInChinese()
    {
        var folder = Path.Combine(Path.GetTempPath(), "anshun-engine-" + Guid.NewGuid().ToString("N"));
        try
        {
            using var first = SearchIndex.Open(folder);

            var exception = Assert.Throws<InvalidOperationException>(() => SearchIndex.Open(folder));

            Assert.Contains("只能由一个节点写入", exception.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void FiltersNarrowAndFacetsCountTheFilteredHits()
    {
        using var index = EngineTestData.IndexOf(
            EngineTestData.Notice("n1", "关于龙宫景区安全的通知", "龙宫景区安全检查。"),
            EngineTestData.Article("a1", "龙宫景区游客增长", "龙宫接待游客。"),
            EngineTestData.Article("a2", "龙宫景区冬季推介", "龙宫冬季旅游。", section: "dept-wglj"));

        var all = index.Find("龙宫");
        var articles = index.Search(new SearchRequest("龙宫") { Type = "Article" }, EngineTestData.Staff);
        var section = index.Search(new SearchRequest("龙宫") { Section = "dept-wglj" }, EngineTestData.Staff);
        var unit = index.Search(new SearchRequest("龙宫") { Unit = "SZFB" }, EngineTestData.Staff);

        Assert.Equal(3, all.Total);
        Assert.Equal(new FacetCount("Article", "信息", 2), all.Facets["type"][0]);
        Assert.Equal(new FacetCount("Notice", "电子公告", 1), all.Facets["type"][1]);
        Assert.Equal(["a1", "a2"], articles.Keys().Order());
        Assert.Equal(2, Assert.Single(articles.Facets["type"]).Count);
        Assert.Equal(["a2"], section.Keys());
        Assert.Equal(["n1"], unit.Keys());
    }

    [Fact]
    public void DateRangeUsesBeijingDays()
    {
        // 2026-11-19 17:00 UTC is 2026-11-20 01:00 in Beijing.
        var early = EngineTestData.Notice("late-night", "龙宫通知甲", "龙宫。") with { PublishedUtc = new DateTime(2026, 11, 19, 17, 0, 0, DateTimeKind.Utc) };
        var day = EngineTestData.Notice("day-before", "龙宫通知乙", "龙宫。") with { PublishedUtc = new DateTime(2026, 11, 19, 15, 0, 0, DateTimeKind.Utc) };
        using var index = EngineTestData.IndexOf(early, day);

        var onTwentieth = index.Search(new SearchRequest("龙宫") { From = new DateOnly(2026, 11, 20), To = new DateOnly(2026, 11, 20) }, EngineTestData.Staff);
        var upToNineteenth = index.Search(new SearchRequest("龙宫") { To = new DateOnly(2026, 11, 19) }, EngineTestData.Staff);

        Assert.Equal(["late-night"], onTwentieth.Keys());
        Assert.Equal(["day-before"], upToNineteenth.Keys());
    }

    [Fact]
    public void NewestSortPutsTheLatestFirstAndUndatedLast()
    {
        using var index = EngineTestData.IndexOf(
            EngineTestData.Notice("old", "龙宫龙宫龙宫", "龙宫龙宫。") with { PublishedUtc = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc) },
            EngineTestData.Notice("undated", "龙宫", "龙宫。") with { PublishedUtc = null },
            EngineTestData.Notice("new", "龙宫景区", "提到一次龙宫。") with { PublishedUtc = new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc) });

        var results = index.Search(new SearchRequest("龙宫") { Sort = SearchSort.Newest }, EngineTestData.Staff);

        Assert.Equal(["new", "old", "undated"], results.Keys());
        Assert.Null(results.Hits[2].PublishedUtc);
        Assert.All(results.Hits, h => Assert.False(float.IsNaN(h.Score)));
    }

    [Fact]
    public void PagingReturnsTheRequestedSlice()
    {
        var documents = Enumerable.Range(1, 25)
            .Select(i => EngineTestData.Notice("n" + i.ToString("00", System.Globalization.CultureInfo.InvariantCulture), "龙宫通知", "龙宫。") with
            {
                PublishedUtc = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddDays(i),
            })
            .ToArray();
        using var index = EngineTestData.IndexOf(documents);

        var third = index.Search(new SearchRequest("龙宫") { Sort = SearchSort.Newest, Page = 3, PageSize = 10 }, EngineTestData.Staff);

        Assert.Equal(25, third.Total);
        Assert.Equal(["n05", "n04", "n03", "n02", "n01"], third.Keys());
    }

    [Fact]
    public void ZeroHitsSuggestDroppingAPart()
    {
        using var index = EngineTestData.IndexOf(
            EngineTestData.Article("a1", "黄果树景区国庆接待游客", "国庆假期游客增长。"),
            EngineTestData.Article("a2", "黄果树景区冬季推介", "冬季旅游。"));

        var results = index.Find("黄果树 火星");

        Assert.Equal(0, results.Total);
        var suggestion = Assert.Single(results.Suggestions);
        Assert.Equal(new SearchSuggestion("黄果树", "火星", 2), suggestion);
    }

    [Fact]
    public void WordMatchesRankAboveBigramOnlyMatches()
    {
        // SmartCn keeps 旅游区 as one word: the first document only matches 旅游 through bigrams, even in its title.
        // Unit JYJ, not 文化广电旅游局, so no unit name brings the word in.
        using var index = EngineTestData.IndexOf(
            EngineTestData.Article("bigram", "黄果树旅游区接待量创新高", "黄果树旅游区游客量增长。", unit: "JYJ"),
            EngineTestData.Article("word", "全市经济运行情况", "今年旅游收入增长。", unit: "JYJ"));

        var results = index.Find("旅游");

        Assert.Equal(["word", "bigram"], results.Keys());
    }

    [Fact]
    public void HitCarriesStoredValuesAndFacets()
    {
        using var index = EngineTestData.IndexOf(EngineTestData.Notice("n1", "关于龙宫景区的通知", "龙宫景区暂停开放。"));

        var hit = Assert.Single(index.Find("龙宫").Hits);

        Assert.Equal(("content", "n1", "Notice", "/items/n1"), (hit.Source, hit.Key, hit.Type, hit.Url));
        Assert.Equal(EngineTestData.Published, hit.PublishedUtc);
        Assert.Equal("关于<mark>龙宫</mark>景区的通知", hit.TitleHtml);
        Assert.Contains(hit.Facets, f => f is { Name: "unit", Value: "SZFB", Label: "安顺市人民政府办公室" });
        Assert.InRange(hit.Score, float.Epsilon, float.MaxValue);
    }

    [Fact]
    public async Task SearchesRunConcurrentlyWithWritesAndCommits()
    {
        using var index = EngineTestData.IndexOf(EngineTestData.Notice("n0", "龙宫景区通知", "龙宫。"));
        using var stop = new CancellationTokenSource();

        var readers = Enumerable.Range(0, 3).Select(_ => Task.Run(() =>
        {
            var searches = 0;
            while (!stop.IsCancellationRequested || searches == 0)
            {
                Assert.NotEmpty(index.Find("龙宫").Hits);
                searches++;
            }

            return searches;
        })).ToList();
        for (var i = 1; i <= 40; i++)
        {
            index.Upsert(EngineTestData.Notice("n" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), "龙宫景区通知", "龙宫。"), null);
            if (i % 10 == 0)
            {
                index.Commit(new Dictionary<string, string> { ["cursor"] = i.ToString(System.Globalization.CultureInfo.InvariantCulture) });
            }
        }

        await stop.CancelAsync();
        var counts = await Task.WhenAll(readers);

        Assert.All(counts, count => Assert.InRange(count, 1, int.MaxValue));
        Assert.Equal(41, index.DocumentCount);
        Assert.Equal("40", index.CommittedUserData["cursor"]);
    }
}
