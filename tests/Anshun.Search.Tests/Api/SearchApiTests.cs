using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Anshun.Testing;

namespace Anshun.Search.Tests.Api;

public sealed class SearchApiTests(SearchPortalSiteFactory site) : IClassFixture<SearchPortalSiteFactory>
{
    [Fact]
    public async Task AnonymousCallersAreRefusedWith401()
    {
        var response = await site.CreateAnonymousClient().GetAsync("/api/search?q=黄果树");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("q=", "q", "请输入要搜索的内容。")]
    [InlineData("q=%20%20", "q", "请输入要搜索的内容。")]
    [InlineData("type=Notice", "q", "请输入要搜索的内容。")]
    [InlineData("q=安顺&from=2026-13-01", "from", "起始日期格式应为 yyyy-MM-dd，例如 2026-11-01。")]
    [InlineData("q=安顺&to=20261130", "to", "截止日期格式应为 yyyy-MM-dd，例如 2026-11-30。")]
    [InlineData("q=安顺&from=2026-11-30&to=2026-11-01", "to", "截止日期不能早于起始日期。")]
    [InlineData("q=安顺&sort=oldest", "sort", "排序方式只能是 relevance（按相关度）或 newest（按发布时间）。")]
    [InlineData("q=安顺&page=0", "page", "页码必须是 1 到 1000 之间的整数。")]
    [InlineData("q=安顺&pageSize=51", "pageSize", "每页条数必须是 1 到 50 之间的整数。")]
    public async Task BadInputIsRefusedNamingTheField(string query, string field, string message)
    {
        var staff = await site.LoginAsync("staff");

        var response = await staff.GetAsync("/api/search?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await JsonAsync(response)).GetProperty("errors");
        Assert.Equal(message, errors.GetProperty(field)[0].GetString());
    }

    [Fact]
    public async Task HitsComeWithHighlightsFacetCountsAndPaging()
    {
        for (var i = 0; i < 12; i++)
        {
            await site.PutAsync($"tunpu-{i:D2}", $"屯堡文化调研报告第{i}号", "安顺屯堡地戏与传统村落保护情况。");
        }

        await site.IndexUntilFoundAsync("屯堡", [.. Enumerable.Range(0, 12).Select(i => $"tunpu-{i:D2}")]);
        var staff = await site.LoginAsync("staff");

        var body = await JsonAsync(await staff.GetAsync("/api/search?q=屯堡&type=FakeNote&pageSize=5&page=2"));

        Assert.Equal((12, 3, 2, 5), (body.GetProperty("totalCount").GetInt32(), body.GetProperty("totalPages").GetInt32(),
            body.GetProperty("page").GetInt32(), body.GetProperty("pageSize").GetInt32()));
        var hits = body.GetProperty("hits").EnumerateArray().ToList();
        Assert.Equal(5, hits.Count);
        Assert.All(hits, hit =>
        {
            Assert.StartsWith("/fake/tunpu-", hit.GetProperty("url").GetString());
            Assert.Contains("<mark>屯堡</mark>", hit.GetProperty("titleHtml").GetString());
            Assert.Contains("<mark>屯堡</mark>", hit.GetProperty("snippetHtml").GetString());
        });
        var type = Assert.Single(body.GetProperty("facets").GetProperty("type").EnumerateArray());
        Assert.Equal(("FakeNote", 12), (type.GetProperty("value").GetString(), type.GetProperty("count").GetInt32()));
        Assert.Empty(body.GetProperty("suggestions").EnumerateArray());
    }

    [Fact]
    public async Task AReaderWithoutAccessGetsNoHitCountSnippetOrFacetOfARestrictedSpeech()
    {
        var notice = await site.PublishAsync("editor", "Notice", "notices", "关于加强龙宫景区冬季游客安全管理的通知", "请各单位做好龙宫景区游客疏导。");
        var speech = await site.PublishAsync("editor", "Speech", "speeches-internal", "在龙宫旅游发展座谈会上的讲话", "龙宫景区门票收入分配方案须保密。",
            new Dictionary<string, JsonNode?> { ["Speaker"] = "陈志远副市长" });
        await site.IndexUntilFoundAsync("龙宫", notice, speech);

        var staff = await JsonAsync(await (await site.LoginAsync("staff")).GetAsync("/api/search?q=龙宫"));
        var leader = await JsonAsync(await (await site.LoginAsync("leader")).GetAsync("/api/search?q=龙宫"));
        var staffInSpeeches = await JsonAsync(await (await site.LoginAsync("staff")).GetAsync("/api/search?q=龙宫&section=speeches"));
        var leaderInSpeeches = await JsonAsync(await (await site.LoginAsync("leader")).GetAsync("/api/search?q=龙宫&section=speeches"));

        Assert.Equal(1, staff.GetProperty("totalCount").GetInt32());
        Assert.Equal(notice, Assert.Single(staff.GetProperty("hits").EnumerateArray()).GetProperty("key").GetString());
        Assert.DoesNotContain(Strings(staff), s => s.Contains("座谈会") || s.Contains("门票") || s.Contains("内部讲话") || s.Contains("speeches"));
        Assert.Equal(0, staffInSpeeches.GetProperty("totalCount").GetInt32());
        Assert.DoesNotContain(Strings(staffInSpeeches), s => s.Contains("座谈会") || s.Contains("内部讲话"));

        Assert.Equal(2, leader.GetProperty("totalCount").GetInt32());
        Assert.Contains(leader.GetProperty("facets").GetProperty("section").EnumerateArray(),
            f => f.GetProperty("value").GetString() == "speeches-internal" && f.GetProperty("label").GetString() == "内部讲话");
        Assert.Equal(speech, Assert.Single(leaderInSpeeches.GetProperty("hits").EnumerateArray()).GetProperty("key").GetString());
    }

    [Theory]
    [InlineData("\"黄果树")]
    [InlineData("AND")]
    [InlineData("*果树")]
    [InlineData("((")]
    [InlineData("黄果树 OR -")]
    public async Task OddQueriesAreReadAsPlainText(string query)
    {
        var staff = await site.LoginAsync("staff");

        var response = await staff.GetAsync("/api/search?q=" + Uri.EscapeDataString(query));

        // Either a result or a clear message on q; never a server error.
        var body = await JsonAsync(response);
        if (response.StatusCode == HttpStatusCode.BadRequest)
        {
            Assert.Equal("请输入要搜索的内容。", body.GetProperty("errors").GetProperty("q")[0].GetString());
        }
        else
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(body.GetProperty("hits").GetArrayLength() == 0, body.GetProperty("totalCount").GetInt32() == 0);
        }
    }

    [Fact]
    public async Task AVeryLongQueryIsCutWithANotice()
    {
        var staff = await site.LoginAsync("staff");

        var response = await staff.GetAsync("/api/search?q=" + Uri.EscapeDataString(string.Concat(Enumerable.Repeat("黄果树瀑布", 2000))));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty((await JsonAsync(response)).GetProperty("notices").EnumerateArray());
    }

    [Theory]
    [InlineData("from=2026-11-20&to=2026-11-20", 1)]
    [InlineData("from=2026-11-21", 0)]
    [InlineData("to=2026-11-19", 0)]
    public async Task ADateRangeFiltersByBeijingPublicationDay(string range, int expected)
    {
        // The fake source publishes at 2026-11-20 02:00 UTC, 10:00 in Beijing.
        await site.PutAsync("dates-1", "夜郎湖水库除险加固工程进展", "夜郎湖水库大坝加固完成过半。");
        await site.IndexUntilFoundAsync("夜郎湖", "dates-1");
        var staff = await site.LoginAsync("staff");

        var body = await JsonAsync(await staff.GetAsync("/api/search?q=夜郎湖&" + range));

        Assert.Equal(expected, body.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task AnUnpublishedItemLeavesTheResults()
    {
        var notice = await site.PublishAsync("editor", "Notice", "notices", "关于关岭花江峡谷大桥观光通道开放的通知", "花江峡谷大桥观光通道自12月1日起开放。");
        await site.IndexUntilFoundAsync("花江峡谷", notice);
        var staff = await site.LoginAsync("staff");
        Assert.Equal(1, (await JsonAsync(await staff.GetAsync("/api/search?q=花江峡谷"))).GetProperty("totalCount").GetInt32());

        await site.UnpublishAsync("editor", notice);
        await site.IndexUntilGoneAsync("花江峡谷", notice);

        var body = await JsonAsync(await staff.GetAsync("/api/search?q=花江峡谷"));
        Assert.Equal(0, body.GetProperty("totalCount").GetInt32());
        Assert.Empty(body.GetProperty("hits").EnumerateArray());
    }

    [Fact]
    public async Task TheEndpointIsDescribedInTheOpenApiDocument()
    {
        var staff = await site.LoginAsync("staff");

        var document = await JsonAsync(await staff.GetAsync("/openapi/v1.json"));

        var search = document.GetProperty("paths").GetProperty("/api/search").GetRawText();
        Assert.Contains("全文检索", search);
        Assert.Contains("pageSize", search);
    }

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    /// <summary>Every string anywhere in the response, to prove nothing of a restricted item leaks.</summary>
    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value).Append(p.Name)),
        _ => [],
    };
}
