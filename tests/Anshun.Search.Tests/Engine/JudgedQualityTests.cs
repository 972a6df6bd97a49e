using System.Globalization;
using Anshun.Search.Engine;
using Xunit.Abstractions;

namespace Anshun.Search.Tests.Engine;

/// <summary>
/// The judged query set of issue #4: recall@10 = 1 for every exact-phrase query and nDCG@10 over all 81 queries,
/// as a reader who may read everything; and nothing of 内部讲话 for a reader who may not.
/// </summary>
public sealed class JudgedQualityTests(JudgedCorpusFixture fixture, ITestOutputHelper output) : IClassFixture<JudgedCorpusFixture>
{
    private const int Depth = 10;
    private const double RequiredNdcg = 0.9;

    private static readonly string[] _restrictedOnlyQueries = ["q38", "q39", "q40"];

    [Fact]
    public void CorpusIsIndexedCompletely()
    {
        Assert.Equal(134, fixture.Corpus.Documents.Count);
        Assert.Equal(81, fixture.Corpus.Queries.Count);
        Assert.Equal(134, fixture.Index.DocumentCount);
    }

    [Fact]
    public void EveryExactPhraseQueryIsFullyRecalledInTheTopTen()
    {
        var misses = new List<string>();
        foreach (var query in fixture.Corpus.Queries.Where(q => q.Kind == "exact-phrase"))
        {
            var top = TopKeys(query.Query, JudgedCorpus.Everything);
            var missing = query.Relevant.Select(r => r.Id).Where(id => !top.Contains(id)).ToList();
            if (missing.Count > 0)
            {
                misses.Add($"{query.Id} {query.Query}: missing {string.Join(',', missing)}; got {string.Join(',', top)}");
            }
        }

        if (misses.Count > 0)
        {
            Assert.Fail(string.Join('\n', misses));
        }
    }

    [Fact]
    public void NdcgAtTenIsAtLeastNinetyPercent()
    {
        var ndcgs = new List<double>();
        var recalls = new List<double>();
        foreach (var query in fixture.Corpus.Queries)
        {
            var top = TopKeys(query.Query, JudgedCorpus.Everything);
            var grades = query.Relevant.ToDictionary(r => r.Id, r => r.Grade);
            var ndcg = Ndcg(top, grades);
            var recall = (double)query.Relevant.Count(r => top.Contains(r.Id)) / query.Relevant.Count;
            ndcgs.Add(ndcg);
            recalls.Add(recall);
            if (ndcg < 0.8 || recall < 1)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{query.Id} {query.Kind} {query.Query}: nDCG {ndcg:F3} recall {recall:F3} top {string.Join(',', top)}"));
            }
        }

        var meanNdcg = ndcgs.Average();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Judged set, {ndcgs.Count} queries: nDCG@10 {meanNdcg:F3}, recall@10 {recalls.Average():F3}"));
        foreach (var kind in fixture.Corpus.Queries.Select(q => q.Kind).Distinct())
        {
            var indexes = fixture.Corpus.Queries.Select((q, i) => (q, i)).Where(x => x.q.Kind == kind).Select(x => x.i).ToList();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {kind,-13} n={indexes.Count,2} nDCG@10 {indexes.Average(i => ndcgs[i]):F3} recall@10 {indexes.Average(i => recalls[i]):F3}"));
        }

        Assert.InRange(meanNdcg, RequiredNdcg, 1.0);
    }

    [Fact]
    public void ReaderWithoutAccessNeverSeesInternalSpeeches()
    {
        foreach (var query in fixture.Corpus.Queries)
        {
            var results = fixture.Index.Search(new SearchRequest(query.Query) { PageSize = SearchRequest.MaxPageSize }, JudgedCorpus.EducationStaff);

            Assert.DoesNotContain(results.Hits, h => h.Key.StartsWith("si", StringComparison.Ordinal));
            Assert.DoesNotContain(results.Facets["section"], f => f.Value == "speeches-internal");
        }
    }

    [Fact]
    public void RestrictedOnlyQueriesGiveTheReaderWithoutAccessNothing()
    {
        foreach (var id in _restrictedOnlyQueries)
        {
            var query = fixture.Corpus.Queries.Single(q => q.Id == id);

            var denied = fixture.Index.Search(new SearchRequest(query.Query), JudgedCorpus.EducationStaff);
            var allowed = fixture.Index.Search(new SearchRequest(query.Query), JudgedCorpus.Everything);

            Assert.Equal(0, denied.Total);
            Assert.Empty(denied.Hits);
            Assert.All(denied.Facets.Values, counts => Assert.Empty(counts));
            Assert.Empty(denied.Suggestions);
            Assert.Equal(query.Relevant[0].Id, allowed.Hits[0].Key);
        }
    }

    private List<string> TopKeys(string query, SearchReader reader) =>
        [.. fixture.Index.Search(new SearchRequest(query) { PageSize = Depth }, reader).Hits.Select(h => h.Key)];

    /// <summary>Gain 2^grade − 1, discount log2(rank + 1); ideal ranking from the judgements.</summary>
    private static double Ndcg(IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> grades)
    {
        var dcg = ranked.Take(Depth).Select((id, i) => Gain(grades.GetValueOrDefault(id)) / Math.Log2(i + 2)).Sum();
        var ideal = grades.Values.OrderByDescending(g => g).Take(Depth).Select((g, i) => Gain(g) / Math.Log2(i + 2)).Sum();
        return ideal == 0 ? 0 : dcg / ideal;
    }

    private static double Gain(int grade) => Math.Pow(2, grade) - 1;
}
