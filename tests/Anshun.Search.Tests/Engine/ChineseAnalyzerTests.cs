using Anshun.Search.Engine;

namespace Anshun.Search.Tests.Engine;

public sealed class ChineseAnalyzerTests
{
    [Fact]
    public void SmartCnSplitsHuangguoshuButBigramsKeepIt()
    {
        var words = Terms(SearchAnalyzers.Words, "黄果树瀑布");
        var bigrams = Terms(SearchAnalyzers.QueryBigrams, "黄果树瀑布");

        Assert.DoesNotContain("黄果树", words);
        Assert.Equal(["黄果", "果树", "树瀑", "瀑布"], bigrams);
    }

    [Fact]
    public void IndexBigramsAddUnigramsSoLoneCharactersMatch()
    {
        var terms = Terms(SearchAnalyzers.IndexBigrams, "12号关于");

        Assert.Contains("12", terms);
        Assert.Contains("号", terms);
        Assert.Contains("号关", terms);
    }

    [Fact]
    public void FullWidthAndUpperCaseAreFolded()
    {
        Assert.Equal(["wps", "5g"], Terms(SearchAnalyzers.QueryBigrams, "ＷＰＳ ５Ｇ"));
        Assert.Contains("wp", Terms(SearchAnalyzers.Words, "ＷＰＳ"));
    }

    [Fact]
    public void HuangguoshuIsFoundThoughSmartCnSplitsIt()
    {
        using var index = EngineTestData.IndexOf(
            EngineTestData.Article("a1", "冬季旅游推介会举行", "推介黄果树瀑布、龙宫等冬季旅游线路。"),
            EngineTestData.Article("a2", "果树种植技术培训", "组织果农学习果树修剪技术。"));

        var results = index.Find("黄果树");

        Assert.Equal(["a1"], results.Keys());
    }

    [Theory]
    [InlineData("2026年")]
    [InlineData("PDF")]
    [InlineData("pdf")]
    [InlineData("WPS")]
    [InlineData("wps office")]
    [InlineData("5G")]
    [InlineData("12月10日")]
    public void NumbersAndLatinAreFindable(string query)
    {
        using var index = EngineTestData.IndexOf(
            EngineTestData.Notice(
                "n1",
                "关于推广WPS Office和5G政务专网的通知",
                "请于2026年12月10日前完成安装，操作手册为PDF格式。"),
            EngineTestData.Notice("n2", "关于做好森林防火工作的通知", "各地要加强巡护。"));

        var results = index.Find(query);

        Assert.Equal(["n1"], results.Keys());
    }

    [Theory]
    [InlineData("安府发〔2026〕12号")]
    [InlineData("安府发[2026]12号")]
    [InlineData("安府发（2026）12号")]
    [InlineData("安府发(2026)12号")]
    [InlineData("安府发【2026】12号")]
    public void DocumentNumberIsFoundWhateverTheBrackets(string query)
    {
        var numbered = EngineTestData.Notice("n1", "关于做好冬季安全生产工作的通知", "全市各地要压实责任。") with
        {
            DocumentNumbers = ["安府发〔2026〕12号"],
        };
        var other = EngineTestData.Notice("n2", "关于印发政务公开工作要点的通知", "根据安府办发〔2026〕12号文件和安府发〔2026〕112号文件精神。");
        using var index = EngineTestData.IndexOf(numbered, other);

        var results = index.Find(query);

        // n2 holds every word of the number, scattered; the exact 文号 must still come first.
        Assert.Equal("n1", results.Hits[0].Key);
    }

    [Fact]
    public void NumberFiveDoesNotMatchFifteen()
    {
        using var index = EngineTestData.IndexOf(
            EngineTestData.Notice("n5", "通知甲", "依据安府发〔2026〕5号执行。"),
            EngineTestData.Notice("n15", "通知乙", "依据安府发〔2026〕15号执行。"));

        var results = index.Find("安府发〔2026〕5号");

        Assert.Equal(["n5"], results.Keys());
    }

    [Fact]
    public void DocumentNumbersInTextBecomeKeywordTerms()
    {
        var found = DocumentNumbers.FindInText("根据安府办发[2026]12号文件").ToList();

        Assert.Contains("安府办发〔2026〕12号", found);
        Assert.Equal("安府办发〔2026〕33号", DocumentNumbers.Normalize("安府办发 （2026） 33号"));
    }

    [Theory]
    [InlineData("wps", "n1")]
    [InlineData("ＯＦＦＩＣＥ", "n1")]
    [InlineData("３月", "n2")]
    public void IndexAndQueryAreFoldedAlike(string query, string expected)
    {
        using var index = EngineTestData.IndexOf(
            EngineTestData.Notice("n1", "关于安装ＷＰＳ office的通知", "各单位安装办公软件。"),
            EngineTestData.Notice("n2", "关于3月份工作安排的通知", "做好3月工作。"));

        var results = index.Find(query);

        Assert.Equal([expected], results.Keys());
    }

    private static List<string> Terms(Lucene.Net.Analysis.Analyzer analyzer, string text) =>
        [.. SearchAnalyzers.Analyze(analyzer, "text", text).Select(t => t.Term)];
}
