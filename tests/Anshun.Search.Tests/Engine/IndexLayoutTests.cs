using Anshun.Search.Engine;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace Anshun.Search.Tests.Engine;

/// <summary>
/// An index built before the folded layout (title, text and meta in fields of their own, no layout in its commits)
/// keeps answering fully until its rebuild: the queries fit the layout the index says it has.
/// </summary>
public sealed class IndexLayoutTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "anshun-layout-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void AnIndexFromBeforeLayoutsIsSeparateAndFindsTitleAndMetaOnlyMatches()
    {
        WriteSeparateLayoutIndex(EngineTestData.Notice("old", "关于龙宫景区冬季开放的通知", "屯堡文化保护。"), meta: "旅游发展大会");

        using var index = SearchIndex.Open(_folder);

        Assert.Equal(IndexLayout.Separate, index.Layout);
        Assert.Equal(["old"], index.Find("龙宫景区").Keys());
        Assert.Equal(["old"], index.Find("旅游发展大会").Keys());
        Assert.Equal(["old"], index.Find("屯堡文化").Keys());
    }

    [Fact]
    public void NewDocumentsInAnOldIndexAreFoundAndTheLayoutStaysUntilTheRebuild()
    {
        WriteSeparateLayoutIndex(EngineTestData.Notice("old", "关于龙宫景区冬季开放的通知", "屯堡文化保护。"), meta: "旅游发展大会");
        using (var index = SearchIndex.Open(_folder))
        {
            index.Upsert(EngineTestData.Notice("new", "关于黄果树瀑布夜游的通知", "夜游线路开放。"), null);
            index.Commit(new Dictionary<string, string> { ["anshun.high"] = "6" });
        }

        using var reopened = SearchIndex.Open(_folder);

        Assert.Equal(IndexLayout.Separate, reopened.Layout);
        Assert.Equal(["new"], reopened.Find("黄果树瀑布").Keys());
        Assert.Equal(["old"], reopened.Find("龙宫景区").Keys());
    }

    [Fact]
    public void TheFoldedLayoutFindsTitleAndMetaThroughTheText()
    {
        var notice = EngineTestData.Notice("n1", "关于龙宫景区冬季开放的通知", "屯堡文化保护。") with
        {
            Fields = [new Anshun.Core.Search.SearchField("附注", "旅游发展大会")],
        };
        using var index = EngineTestData.IndexOf(notice);

        Assert.Equal(IndexLayout.Folded, index.Layout);
        Assert.Equal(["n1"], index.Find("龙宫景区").Keys());
        Assert.Equal(["n1"], index.Find("旅游发展大会").Keys());
        Assert.Equal(["n1"], index.Find("人民政府办公室").Keys());
    }

    public void Dispose()
    {
        if (System.IO.Directory.Exists(_folder))
        {
            System.IO.Directory.Delete(_folder, recursive: true);
        }
    }

    /// <summary>The document as the mapper wrote it before 2026-11: text without the title, meta fields, no layout key.</summary>
    private void WriteSeparateLayoutIndex(Anshun.Core.Search.SearchDocument source, string meta)
    {
        var document = SearchDocumentMapper.Map(source, null, out _);
        document.RemoveFields(IndexFields.TextWords);
        document.RemoveFields(IndexFields.TextBigrams);
        document.Add(new TextField(IndexFields.TextWords, source.Body, Field.Store.NO));
        document.Add(new TextField(IndexFields.TextBigrams, source.Body, Field.Store.NO));
        document.Add(new TextField(IndexFields.MetaWords, meta, Field.Store.NO));
        document.Add(new TextField(IndexFields.MetaBigrams, meta, Field.Store.NO));

        using var directory = FSDirectory.Open(_folder);
        var config = new IndexWriterConfig(SearchAnalyzers.Version, SearchAnalyzers.CreateIndexAnalyzer()) { Similarity = Bm25SearcherFactory.Similarity };
        using var writer = new IndexWriter(directory, config);
        writer.AddDocument(document);
        writer.SetCommitData(new Dictionary<string, string> { ["anshun.high"] = "5" });
        writer.Commit();
    }
}
