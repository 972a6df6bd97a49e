using Anshun.Search.Engine;
using Lucene.Net.Search;

namespace Anshun.Search.Tests.Engine;

/// <summary>Searching slices of the index in parallel must give exactly what one pass gives: hits, order, total, facets.</summary>
public sealed class SlicedSearchTests(JudgedCorpusFixture fixture) : IClassFixture<JudgedCorpusFixture>
{
    [Fact]
    public void SlicesCoverEveryDocumentOnceInDocIdOrder()
    {
        fixture.Index.WithSearcher(searcher =>
        {
            var leaves = searcher.IndexReader.Leaves;
            var slices = SlicedSearch.Slices(leaves, cores: 3, minSliceDocuments: 10);

            Assert.True(slices.Count > leaves.Count, "a segment of 134 documents is cut into slices of at least 10");
            foreach (var leaf in leaves)
            {
                var own = slices.Where(s => s.Leaf == leaf).ToList();
                Assert.InRange(own.Count, 1, 3);
                Assert.Equal(0, own[0].From);
                Assert.Equal(leaf.AtomicReader.MaxDoc, own[^1].To);
                Assert.All(own.Zip(own.Skip(1)), pair => Assert.Equal(pair.First.To, pair.Second.From));
            }

            Assert.Equal(leaves.Count, SlicedSearch.Slices(leaves, cores: 2).Count);
            return 0;
        });
    }

    [Theory]
    [InlineData(SearchSort.Relevance, 0)]
    [InlineData(SearchSort.Relevance, 10)]
    [InlineData(SearchSort.Newest, 0)]
    public void SlicedResultsEqualOnePass(SearchSort sort, int start)
    {
        var access = new AccessFilterCache().For(JudgedCorpus.EducationStaff);
        var compared = 0;
        foreach (var text in fixture.Corpus.Queries.Select(q => q.Query).Append("安顺 通知").Append("2026年"))
        {
            var parts = EngineTestData.Parts(text);
            var query = PartQueryBuilder.Combine(parts);
            var filter = RequestFilterBuilder.Build(new SearchRequest(text), access);
            var luceneSort = sort == SearchSort.Newest
                ? new Sort(new SortField(IndexFields.Published, SortFieldType.INT64, true), SortField.FIELD_SCORE)
                : null;

            var (onePass, oneFacets) = fixture.Index.WithSearcher(searcher =>
                SlicedSearch.Run(searcher, query, filter, luceneSort, start, 10, cores: 1, minSliceDocuments: int.MaxValue));
            var (sliced, slicedFacets) = fixture.Index.WithSearcher(searcher =>
                SlicedSearch.Run(searcher, query, filter, luceneSort, start, 10, cores: 4, minSliceDocuments: 10));

            Assert.Equal(onePass.TotalHits, sliced.TotalHits);
            Assert.Equal(onePass.ScoreDocs.Select(d => (d.Doc, d.Score)), sliced.ScoreDocs.Select(d => (d.Doc, d.Score)));
            Assert.Equal(oneFacets.Keys.Order(), slicedFacets.Keys.Order());
            foreach (var (name, counts) in oneFacets)
            {
                Assert.Equal(counts, slicedFacets[name]);
            }

            compared += onePass.TotalHits > start ? 1 : 0;
        }

        Assert.True(compared >= (start == 0 ? 10 : 3), $"only {compared} queries had hits on this page");
    }
}
