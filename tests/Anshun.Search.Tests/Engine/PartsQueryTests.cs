using System.Globalization;
using Anshun.Search.Engine;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Anshun.Search.Tests.Engine;

/// <summary>
/// The two-phase <see cref="PartsQuery"/> must find and score exactly what Lucene's own composition of the same
/// clauses does (a <c>BooleanQuery</c> of <c>TermQuery</c>, <c>PhraseQuery</c> and a constant-score word bonus —
/// the query the engine ran before, ADR 0010): the same documents and the same scores, on the judged corpus.
/// </summary>
public sealed class PartsQueryTests(JudgedCorpusFixture fixture) : IClassFixture<JudgedCorpusFixture>
{
    private static readonly string[] _extraQueries =
    [
        "\"黄果树瀑布\"", "\"市政府 办公室\"", "安府发〔2026〕12号", "安府发[2026]12号 通知", "研究研究", "WPS 下载", "2026年 防汛",
        "市", "西秀区 旅游 安全", "黄果树 不存在的词语组合", "\"果树\"", "12月10日",
    ];

    public static TheoryData<string> Queries()
    {
        var data = new TheoryData<string>();
        foreach (var query in QueryTexts())
        {
            data.Add(query);
        }

        return data;
    }

    private static IEnumerable<string> QueryTexts() =>
        JudgedCorpus.Load().Queries.Select(q => q.Query).Concat(_extraQueries).Distinct(StringComparer.Ordinal);

    [Theory]
    [MemberData(nameof(Queries))]
    public void FindsAndScoresWhatLucenesOwnCompositionDoes(string text)
    {
        var parts = EngineTestData.Parts(text);
        Assert.NotEmpty(parts);

        var (ours, reference) = fixture.Index.WithSearcher(searcher => (
            Scores(searcher, PartQueryBuilder.Combine(parts)),
            Scores(searcher, Reference(parts))));

        Assert.Equal(reference.Keys.Order(), ours.Keys.Order());
        foreach (var (doc, expected) in reference)
        {
            var actual = ours[doc];
            Assert.True(
                Math.Abs(actual - expected) <= 1e-4 * Math.Max(1, Math.Abs(expected)),
                string.Create(CultureInfo.InvariantCulture, $"{text}: document {doc} scored {actual}, Lucene {expected}"));
        }
    }

    [Fact]
    public void TheBenchmarkQueriesMatchSomethingHere()
    {
        // Guards the theory above against comparing empty results only.
        var matched = QueryTexts().Count(text => fixture.Index.Find(text).Total > 0);
        Assert.True(matched >= 60, $"only {matched} queries found anything");
    }

    private static Dictionary<int, float> Scores(IndexSearcher searcher, Query query) =>
        searcher.Search(query, 10_000).ScoreDocs.ToDictionary(d => d.Doc, d => d.Score);

    /// <summary>The same clauses composed from Lucene's own queries, as the engine built them before.</summary>
    private static Query Reference(IEnumerable<AnalysedPart> parts)
    {
        var all = new BooleanQuery();
        foreach (var part in parts.Select(p => p.Scoring))
        {
            var any = new BooleanQuery();
            var words = new BooleanQuery();
            for (var i = 0; i < part.Clauses.Count; i++)
            {
                any.Add(ToLucene(part.Clauses[i]), Occur.SHOULD);
                if (part.InBonus[i])
                {
                    words.Add(ToLucene(part.Clauses[i]), Occur.SHOULD);
                }
            }

            if (words.Clauses.Count > 0)
            {
                any.Add(new ConstantScoreQuery(words) { Boost = part.Bonus }, Occur.SHOULD);
            }

            all.Add(any, Occur.MUST);
        }

        return all;
    }

    private static Query ToLucene(ScoredClause clause)
    {
        var slots = clause.ScoredSlots;
        if (slots.Count == 1)
        {
            return new TermQuery(new Term(clause.Field, slots[0].Term)) { Boost = clause.Boost };
        }

        if (clause.IsPhrase)
        {
            var phrase = new PhraseQuery { Boost = clause.Boost };
            foreach (var (term, position) in slots)
            {
                phrase.Add(new Term(clause.Field, term), position);
            }

            return phrase;
        }

        var every = new BooleanQuery { Boost = clause.Boost };
        foreach (var (term, _) in slots)
        {
            every.Add(new TermQuery(new Term(clause.Field, term)), Occur.MUST);
        }

        return every;
    }
}
