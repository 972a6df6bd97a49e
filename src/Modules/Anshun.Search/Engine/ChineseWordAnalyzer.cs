using Anshun.Search.Engine.Segmentation;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;

namespace Anshun.Search.Engine;

/// <summary>
/// The word fields <c>*_w</c> (中文分词): SmartCn's HMM segmentation after NFKC and lower case, Porter stemming of
/// Latin words and SmartCn's default stop set (punctuation), as <c>SmartChineseAnalyzer</c> does for 4.8 —
/// rebuilt here because that class cannot take the normalising reader, and segmented by
/// <see cref="ChineseWordTokenizer"/>, which gives SmartCn's words at a fraction of its cost.
/// </summary>
internal sealed class ChineseWordAnalyzer : Analyzer
{
    /// <summary>Keeps separate values of one field (two attachments) from forming a phrase across the seam.</summary>
    public const int ValueGap = 100;

    public override int GetPositionIncrementGap(string fieldName) => ValueGap;

    protected override TextReader InitReader(string fieldName, TextReader reader) => TextNormalizer.Normalize(reader);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new ChineseWordTokenizer(reader);
        TokenStream result = new PorterStemFilter(tokenizer);
        result = new StopFilter(SearchAnalyzers.Version, result, SmartChineseAnalyzer.DefaultStopSet);
        return new TokenStreamComponents(tokenizer, result);
    }
}
