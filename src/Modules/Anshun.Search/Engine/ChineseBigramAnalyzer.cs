using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;

namespace Anshun.Search.Engine;

/// <summary>
/// The bigram fields <c>*_b</c> (二元切分): standard tokenizer, CJK width folding, lower case, overlapping Han
/// bigrams. They find what segmentation hides (黄果树 → 黄果｜果树 even where SmartCn says 黄｜果树).
/// With <paramref name="outputUnigrams"/> (index time) a lone character next to digits still matches (12号, 11月20日).
/// </summary>
internal sealed class ChineseBigramAnalyzer(bool outputUnigrams) : Analyzer
{
    public override int GetPositionIncrementGap(string fieldName) => ChineseWordAnalyzer.ValueGap;

    protected override TextReader InitReader(string fieldName, TextReader reader) => TextNormalizer.Normalize(reader);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(SearchAnalyzers.Version, reader);
        TokenStream result = new CJKWidthFilter(tokenizer);
        result = new LowerCaseFilter(SearchAnalyzers.Version, result);
        result = new CJKBigramFilter(result, CJKScript.ALL, outputUnigrams);
        return new TokenStreamComponents(tokenizer, result);
    }
}
