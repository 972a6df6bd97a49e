using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace Anshun.Search.Engine;

/// <summary>
/// The shared analyzer instances. Analyzers keep their token streams per thread, so one instance serves every
/// index and every concurrent query; SmartCn's dictionaries load once (about 350 ms, 14 MB) on first use.
/// </summary>
internal static class SearchAnalyzers
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    public static Analyzer Words { get; } = new ChineseWordAnalyzer();

    /// <summary>Bigrams plus unigrams: what is written into the index.</summary>
    public static Analyzer IndexBigrams { get; } = new ChineseBigramAnalyzer(outputUnigrams: true);

    /// <summary>Bigrams only (a lone character still comes out as itself): what a query looks for.</summary>
    public static Analyzer QueryBigrams { get; } = new ChineseBigramAnalyzer(outputUnigrams: false);

    /// <summary>The writer's analyzer: bigram chain for <c>*_b</c>, SmartCn for everything else analysed.</summary>
    public static Analyzer CreateIndexAnalyzer() => new PerFieldAnalyzerWrapper(Words, new Dictionary<string, Analyzer>
    {
        [IndexFields.TitleBigrams] = IndexBigrams,
        [IndexFields.TextBigrams] = IndexBigrams,
        [IndexFields.MetaBigrams] = IndexBigrams,
    });

    /// <summary>The terms of <paramref name="text"/> with their positions (gaps kept), at most <paramref name="limit"/>.</summary>
    public static IReadOnlyList<(string Term, int Position)> Analyze(Analyzer analyzer, string field, string text, int limit = int.MaxValue)
    {
        var tokens = new List<(string, int)>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (tokens.Count < limit && stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            tokens.Add((term.ToString(), position));
        }

        stream.End();
        return tokens;
    }
}
