using System.Net;
using System.Text.RegularExpressions;
using Anshun.Core.Time;
using Anshun.Testing;

namespace Anshun.Contents.Tests.Portal;

public sealed class PortalSectionPageTests(PortalSite site) : IClassFixture<PortalSite>
{
    [Fact]
    public async Task ListPagesTwentyNewestFirstWithPinnedOnTop()
    {
        var editor = await site.LoginAsync("editor");
        var pinned = await site.PublishAsync(editor, "Notice", "notices", "分页测试：置顶公告", new { pinned = true });
        var ids = new List<string>();
        for (var i = 1; i <= 21; i++)
        {
            site.Time.Advance(TimeSpan.FromMinutes(1));
            ids.Add(await site.PublishAsync(editor, "Notice", "notices", $"分页测试公告第{i:00}号"));
        }

        var staff = await site.LoginAsync("staff");
        var first = await staff.GetStringAsync("/sections/notices");
        var second = await staff.GetStringAsync("/sections/notices?page=2");

        var firstIds = LinkedIds(first);
        Assert.Equal(20, firstIds.Count);
        Assert.Equal(pinned, firstIds[0]);
        Assert.Equal(ids[20], firstIds.Skip(1).First(id => ids.Contains(id)));
        Assert.Empty(LinkedIds(second).Intersect(firstIds));
        Assert.Contains("href=\"/sections/notices?page=2\"", first);
        Assert.Contains("aria-current=\"page\">2</a>", second);
    }

    [Fact]
    public async Task FilterByIssuingUnitAndChinaDates()
    {
        var editor = await site.LoginAsync("editor");
        var jyj = await site.UnitIdAsync("JYJ");
        var id = await site.PublishAsync(editor, "Article", "city-news", "筛选测试：教育局发布的本市信息", new { issuingUnitId = jyj });
        var other = await site.PublishAsync(editor, "Article", "city-news", "筛选测试：市政府办公室发布的本市信息", new { issuingUnitId = await site.UnitIdAsync("SZFB") });
        var today = DateOnly.FromDateTime(ChinaTime.FromUtc(site.Time.GetUtcNow().UtcDateTime)).ToString("yyyy-MM-dd");
        var tomorrow = DateOnly.FromDateTime(ChinaTime.FromUtc(site.Time.GetUtcNow().UtcDateTime)).AddDays(1).ToString("yyyy-MM-dd");
        var staff = await site.LoginAsync("staff");

        var byUnit = LinkedIds(await staff.GetStringAsync($"/sections/city-news?unit={jyj}"));
        var byToday = LinkedIds(await staff.GetStringAsync($"/sections/city-news?from={today}&to={today}"));
        var byTomorrow = LinkedIds(await staff.GetStringAsync($"/sections/city-news?from={tomorrow}"));

        Assert.Contains(id, byUnit);
        Assert.DoesNotContain(other, byUnit);
        Assert.Contains(id, byToday);
        Assert.Contains(other, byToday);
        Assert.DoesNotContain(id, byTomorrow);
    }

    [Fact]
    public async Task BadDateIsExplainedAndIgnored()
    {
        var staff = await site.LoginAsync("staff");

        var response = await staff.GetAsync("/sections/city-news?from=2026-13-45");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("开始日期“2026-13-45”不是有效的日期", body);
    }

    [Fact]
    public async Task ChildSectionShowsBreadcrumbAndSiblingTabs()
    {
        var staff = await site.LoginAsync("staff");

        var body = await staff.GetStringAsync("/sections/dept-jyj");

        Assert.Contains("<a href=\"/sections/dept-news\">部门信息</a>", body);
        Assert.Contains("href=\"/sections/dept-jyj\" aria-current=\"page\"", body);
        Assert.Contains("href=\"/sections/dept-czj\"", body);
    }

    private static List<string> LinkedIds(string html)
    {
        var main = html[html.IndexOf("<main", StringComparison.Ordinal)..];
        return Regex.Matches(main, "<li class=\"portal-list-item[^\"]*\">\\s*<span class=\"portal-list-title\">[\\s\\S]*?href=\"/content/([0-9a-f]{32})\"")
            .Select(m => m.Groups[1].Value)
            .ToList();
    }
}
