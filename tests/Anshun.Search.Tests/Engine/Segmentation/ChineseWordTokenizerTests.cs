using System.Text;
using System.Text.Json;
using Anshun.Search.Engine.Segmentation;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.TokenAttributes;

namespace Anshun.Search.Tests.Engine.Segmentation;

/// <summary>
/// Our tokenizer must give SmartCn's <c>HMMChineseTokenizer</c> word for word — same terms, offsets, types and
/// positions — or existing indexes and queries would stop meeting. Held against the library on the judged corpus and
/// on generated text that mixes Chinese with spaces, Latin, digits, full-width forms, punctuation and other scripts.
/// </summary>
public sealed class ChineseWordTokenizerTests
{
    [Fact]
    public void SegmentsAGovernmentSentenceAsSmartCnDoes()
    {
        const string text = "安顺市人民政府办公室关于做好2026年黄果树景区安全生产工作的通知（安府办发〔2026〕12号）";

        var ours = Tokens(new ChineseWordTokenizer(new StringReader(text)));

        Assert.Equal(Tokens(new HMMChineseTokenizer(new StringReader(text))), ours);
        Assert.Contains(ours, t => t.Term == "人民政府");
        Assert.Contains(ours, t => t.Term == "2026");
    }

    [Fact]
    public void MatchesSmartCnOnTheJudgedCorpus()
    {
        var texts = CorpusStrings().ToList();
        Assert.True(texts.Count > 200, "the judged corpus should give a few hundred texts");
        AssertSameAsSmartCn(texts);
    }

    [Fact]
    public void MatchesSmartCnOnMixedGeneratedText()
    {
        var words = CorpusStrings().SelectMany(t => Tokens(new HMMChineseTokenizer(new StringReader(t)))).Select(t => t.Term)
            .Where(t => t.Length > 0).Distinct().ToArray();
        string[] odd =
        [
            " ", "　", "\t", "\n", "\r\n", "，", "。", "、", "；", "：", "？", "！", "“", "”", "《", "》", "（", "）", "〔", "〕", "—", "·", "…",
            ",", ".", "!", "?", "(", ")", "-", "/", "%", "@", "#", "PDF", "WPS", "Word", "ABC", "abc", "x", "12", "2026", "３６５", "ＡＢＣ",
            "ａｂｃ", "Ａ1", "5Ｇ", "ｑｑ", "かな", "カタカナ", "한국", "é", "😀", "①", "Ⅳ", "℃", "㎡", "¥", "\u00a0", "\u200b", "龘", "〇",
        ];
        var random = new Random(20261125);
        var texts = new List<string>();
        for (var i = 0; i < 3000; i++)
        {
            var text = new StringBuilder();
            var parts = random.Next(1, 30);
            for (var p = 0; p < parts; p++)
            {
                text.Append(random.Next(4) == 0 ? odd[random.Next(odd.Length)] : words[random.Next(words.Length)]);
            }

            texts.Add(text.ToString());
        }

        AssertSameAsSmartCn(texts);
    }

    [Fact]
    public void KeepsItsStateAcrossReuseLikeAnyTokenizer()
    {
        var analyzer = Analyzer.NewAnonymous((_, reader) => new TokenStreamComponents(new ChineseWordTokenizer(reader)));
        string[] texts = ["西秀区宁谷镇召开推进会。", "", "ＰＤＦ文件 2026年", "黄果树瀑布"];

        foreach (var text in texts.Concat(texts))
        {
            Assert.Equal(Tokens(new HMMChineseTokenizer(new StringReader(text))), Tokens(analyzer.GetTokenStream("f", text)));
        }
    }

    private static void AssertSameAsSmartCn(IEnumerable<string> texts)
    {
        foreach (var text in texts)
        {
            var expected = Tokens(new HMMChineseTokenizer(new StringReader(text)));
            var actual = Tokens(new ChineseWordTokenizer(new StringReader(text)));
            Assert.True(expected.SequenceEqual(actual), $"“{text}”\nSmartCn: {string.Join(' ', expected)}\nours:    {string.Join(' ', actual)}");
        }
    }

    private static List<Token> Tokens(TokenStream stream)
    {
        var tokens = new List<Token>();
        using (stream)
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            var offset = stream.AddAttribute<IOffsetAttribute>();
            var type = stream.AddAttribute<ITypeAttribute>();
            var increment = stream.AddAttribute<IPositionIncrementAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                tokens.Add(new Token(term.ToString(), offset.StartOffset, offset.EndOffset, type.Type, increment.PositionIncrement));
            }

            stream.End();
            tokens.Add(new Token("<end>", offset.StartOffset, offset.EndOffset, "", increment.PositionIncrement));
        }

        return tokens;
    }

    /// <summary>Every string in the judged corpus: titles, bodies, summaries, labels, document numbers, queries.</summary>
    private static IEnumerable<string> CorpusStrings()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Corpus");
        foreach (var file in new[] { "documents.json", "queries.json" })
        {
            using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, file)));
            foreach (var text in Strings(json.RootElement))
            {
                yield return text;
            }
        }
    }

    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value)),
        _ => [],
    };

    private sealed record Token(string Term, int Start, int End, string Type, int Increment)
    {
        public override string ToString() => $"{Term}[{Start}-{End}]";
    }
}
