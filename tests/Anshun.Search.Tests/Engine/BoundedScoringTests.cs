using System.Globalization;
using Anshun.Search.Engine;
using Lucene.Net.Search;

namespace Anshun.Search.Tests.Engine;

/// <summary>
/// <see cref="PartsScorer"/> answers a bound instead of the score for a hit that cannot reach the page. The bound must
/// never be below the score, and the page, total and facets must be exactly those of scoring every hit.
/// </summary>
public sealed class BoundedScoringTests(JudgedCorpusFixture fixture) : IClassFixture<JudgedCorpusFixture>
{
    private static readonly string[] _extraQueries =
    [
        "安顺 通知", "2026年", "\"市政府 办公室\"", "市政府办公室 旅游", "黄果树 旅游 安全", "安府发〔2026〕12号", "市",
    ];

    [Fact]
    public void TheBoundIsNeverBelowTheScore()
    {
        var compared = 0;
        foreach (var text in QueryTexts())
        {
            var query = Query(text);
            fixture.Index.WithSearcher(searcher =>
            {
                var weight = searcher.CreateNormalizedWeight(query);
                foreach (var leaf in searcher.IndexReader.Leaves)
                {
                    var exact = (PartsScorer?)weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs);
                    var bounded = (PartsScorer?)weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs);
                    if (exact is null || bounded is null)
                    {
                        continue;
                    }

                    // Nothing can beat +∞: every hit is answered with its bound.
                    bounded.Competition = new FixedMinimum(float.PositiveInfinity);
                    var hits = 0;
                    for (var doc = exact.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = exact.NextDoc())
                    {
                        Assert.Equal(doc, bounded.NextDoc());
                        var score = exact.GetScore();
                        var bound = bounded.GetScore();
                        Assert.True(bound >= score, string.Create(CultureInfo.InvariantCulture, $"{text}: document {doc} bound {bound} below score {score}"));
                        hits++;
                    }

                    Assert.Equal(DocIdSetIterator.NO_MORE_DOCS, bounded.NextDoc());
                    Assert.Equal(0, exact.BoundedDocuments);
                    Assert.Equal(hits, bounded.BoundedDocuments);
                    compared += hits;
                }

                return 0;
            });
        }

        Assert.True(compared >= 300, $"only {compared} hits compared");
    }

    [Theory]
    [InlineData(0, 1, 1)]
    [InlineData(0, 3, 4)]
    [InlineData(0, 10, 1)]
    [InlineData(2, 3, 4)]
    [InlineData(5, 5, 4)]
    public void BoundingChangesNeitherPageNorTotalNorFacets(int start, int pageSize, int cores)
    {
        var access = new AccessFilterCache().For(JudgedCorpus.EducationStaff);
        var compared = 0;
        foreach (var text in QueryTexts())
        {
            var query = Query(text);
            var filter = RequestFilterBuilder.Build(new SearchRequest(text), access);
            var (exact, exactFacets) = fixture.Index.WithSearcher(searcher =>
                SlicedSearch.Run(searcher, query, filter, null, start, pageSize, cores, minSliceDocuments: 10, bound: false));
            var (bounded, boundedFacets) = fixture.Index.WithSearcher(searcher =>
                SlicedSearch.Run(searcher, query, filter, null, start, pageSize, cores, minSliceDocuments: 10, bound: true));

            Assert.Equal(exact.TotalHits, bounded.TotalHits);
            Assert.Equal(exact.ScoreDocs.Select(d => (d.Doc, d.Score)), bounded.ScoreDocs.Select(d => (d.Doc, d.Score)));
            Assert.Equal(exact.MaxScore, bounded.MaxScore);
            Assert.Equal(exactFacets.Keys.Order(), boundedFacets.Keys.Order());
            foreach (var (name, counts) in exactFacets)
            {
                Assert.Equal(counts, boundedFacets[name]);
            }

            compared += exact.TotalHits > start + pageSize ? 1 : 0;
        }

        Assert.True(compared >= 5, $"only {compared} queries had more hits than the page");
    }

    private static IEnumerable<string> QueryTexts() =>
        JudgedCorpus.Load().Queries.Select(q => q.Query).Concat(_extraQueries).Distinct(StringComparer.Ordinal);

    private static Query Query(string text) => PartQueryBuilder.Combine(EngineTestData.Parts(text));

    private sealed class FixedMinimum(float minimum) : ICompetitiveScore
    {
        public float MinimumScore => minimum;
    }
}
