using Anshun.Search.Engine;

namespace Anshun.Search.Tests.Engine;

public sealed class QueryRobustnessTests : IDisposable
{
    private readonly SearchIndex _index = EngineTestData.IndexOf(
        EngineTestData.Article("a1", "黄果树景区国庆假期接待游客", "国庆假期黄果树景区接待游客10万人次，果树成荫。"),
        EngineTestData.Article("a2", "龙宫景区冬季旅游推介", "龙宫推出冬季旅游线路。"));

    [Theory]
    [InlineData("\"黄果树")]
    [InlineData("黄果树\"")]
    [InlineData("AND")]
    [InlineData("OR")]
    [InlineData("NOT")]
    [InlineData("黄果树 AND")]
    [InlineData("*果树")]
    [InlineData("果树*")]
    [InlineData("?果树")]
    [InlineData("((")]
    [InlineData("))")]
    [InlineData("+-!:^~[]{}\\/")]
    [InlineData("title:黄果树")]
    [InlineData("\"\"")]
    [InlineData("“黄果树")]
    public void BadQueriesGiveAResultNotAnException(string query)
    {
        var results = _index.Find(query);

        Assert.InRange(results.Total, 0, 2);
        Assert.Equal(results.Total, results.Hits.Count);
    }

    [Fact]
    public void UnbalancedQuoteIsDroppedWithANotice()
    {
        var results = _index.Find("\"黄果树");

        Assert.Equal(["a1"], results.Keys());
        Assert.Contains(QueryTextParser.UnbalancedQuoteNotice, results.Notices);
    }

    [Fact]
    public void LeadingWildcardIsPlainText()
    {
        var results = _index.Find("*果树");

        Assert.Equal(["a1"], results.Keys());
    }

    [Fact]
    public void PunctuationOnlyQuerySaysNothingWasSearchable()
    {
        var results = _index.Find("((");

        Assert.Equal(0, results.Total);
        Assert.Empty(results.Hits);
        Assert.Contains(SearchExecutor.NothingSearchableNotice, results.Notices);
    }

    [Fact]
    public void VeryLongInputIsCutWithAChineseNotice()
    {
        var query = "黄果树" + new string('景', 10_000);

        var results = _index.Find(query);

        Assert.Contains(QueryTextParser.TooLongNotice, results.Notices);
        Assert.Equal(0, results.Total);
    }

    [Fact]
    public void ManyPartsAreCutToEight()
    {
        var parsed = QueryTextParser.Parse("一 二 三 四 五 六 七 八 九 十");

        Assert.Equal(8, parsed.Parts.Count);
        Assert.Contains(QueryTextParser.TooManyPartsNotice, parsed.Notices);
    }

    [Fact]
    public void QuotesMakeAPhrase()
    {
        var parsed = QueryTextParser.Parse("国庆 “黄果树 景区” 游客");

        Assert.Equal(
            [new QueryPart("国庆", false), new QueryPart("黄果树 景区", true), new QueryPart("游客", false)],
            parsed.Parts);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\u3000")]
    public void EmptyQueryIsRefusedForFieldQ(string query)
    {
        var exception = Assert.Throws<SearchValidationException>(() => _index.Find(query));

        Assert.Equal("q", exception.Field);
        Assert.Equal("请输入要搜索的内容。", exception.Message);
    }

    [Fact]
    public void ReversedDateRangeIsRefusedForFieldTo()
    {
        var request = new SearchRequest("黄果树") { From = new DateOnly(2026, 11, 20), To = new DateOnly(2026, 11, 1) };

        var exception = Assert.Throws<SearchValidationException>(() => _index.Search(request, EngineTestData.Staff));

        Assert.Equal("to", exception.Field);
    }

    [Fact]
    public void OddPagingIsClampedNotRefused()
    {
        var results = _index.Search(new SearchRequest("黄果树") { Page = -3, PageSize = 5_000 }, EngineTestData.Staff);

        Assert.Equal(1, results.Page);
        Assert.Equal(SearchRequest.MaxPageSize, results.PageSize);
        Assert.Single(results.Hits);
    }

    [Fact]
    public void OperatorIsSearchedAsTextAndDroppingItIsSuggested()
    {
        var results = _index.Find("黄果树 AND 国庆");

        Assert.Equal(0, results.Total);
        Assert.Contains(new SearchSuggestion("黄果树 国庆", "AND", 1), results.Suggestions);
    }

    public void Dispose() => _index.Dispose();
}
