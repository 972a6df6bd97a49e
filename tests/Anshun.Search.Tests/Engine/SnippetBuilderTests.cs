using Anshun.Search.Engine;

namespace Anshun.Search.Tests.Engine;

public sealed class SnippetBuilderTests
{
    [Fact]
    public void ChineseStaysReadableAndMarkupIsEncoded()
    {
        var html = SnippetBuilder.Highlight("<b>黄果树</b> & 龙宫", [new HighlightPart("黄果树", [])]);

        Assert.Equal("&lt;b&gt;<mark>黄果树</mark>&lt;/b&gt; &amp; 龙宫", html);
    }

    [Fact]
    public void MatchesAreFoundThroughFoldingAndMarkedInTheOriginal()
    {
        var html = SnippetBuilder.Highlight("安装ＷＰＳ办公软件", [new HighlightPart("wps", [])]);

        Assert.Equal("安装<mark>ＷＰＳ</mark>办公软件", html);
    }

    [Fact]
    public void DocumentNumberBracketsAreMatchedAsOne()
    {
        var html = SnippetBuilder.Highlight("根据安府办发〔2026〕33号文件", [new HighlightPart("安府办发〔2026〕33号", [])]);

        Assert.Equal("根据<mark>安府办发〔2026〕33号</mark>文件", html);
    }

    [Fact]
    public void WordsAreMarkedWhenThePartDoesNotOccurWhole()
    {
        var html = SnippetBuilder.Highlight("旅游景区开展冬季安全检查", [new HighlightPart("旅游安全", ["旅游", "安全"])]);

        Assert.Equal("<mark>旅游</mark>景区开展冬季<mark>安全</mark>检查", html);
    }

    [Fact]
    public void SnippetIsAWindowAroundTheMostPartsWithEllipses()
    {
        var text = new string('甲', 300) + "黄果树景区" + new string('乙', 30) + "国庆假期" + new string('丙', 300);

        var html = SnippetBuilder.Snippet(text, [new HighlightPart("黄果树", []), new HighlightPart("国庆", [])]);

        Assert.StartsWith("…", html, StringComparison.Ordinal);
        Assert.EndsWith("…", html, StringComparison.Ordinal);
        Assert.Contains("<mark>黄果树</mark>", html, StringComparison.Ordinal);
        Assert.Contains("<mark>国庆</mark>", html, StringComparison.Ordinal);
        Assert.InRange(html.Replace("<mark>", "").Replace("</mark>", "").Length, SnippetBuilder.WindowLength, SnippetBuilder.WindowLength + 2);
    }

    [Fact]
    public void SnippetWithoutMatchIsTheStart()
    {
        var text = "开头" + new string('甲', 200);

        var html = SnippetBuilder.Snippet(text, [new HighlightPart("龙宫", [])]);

        Assert.StartsWith("开头", html, StringComparison.Ordinal);
        Assert.Equal(SnippetBuilder.WindowLength + 1, html.Length);
    }
}
