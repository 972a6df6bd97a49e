using System.Net;
using Anshun.Testing;

namespace Anshun.Contents.Tests.Portal;

public sealed class PortalHomeTests(PortalSite site) : IClassFixture<PortalSite>
{
    [Fact]
    public async Task StaffSeesNewNoticeUnreadAndItBecomesReadOnceOpened()
    {
        var editor = await site.LoginAsync("editor");
        var id = await site.PublishAsync(editor, "Notice", "notices", "关于开展冬季消防安全检查的通知", new { pinned = true });
        var staff = await site.LoginAsync("staff");

        var before = await staff.GetStringAsync("/");
        var item = await staff.GetAsync($"/content/{id}");
        var after = await staff.GetStringAsync("/");

        Assert.True(PortalSite.IsMarkedUnread(before, id));
        Assert.Equal(HttpStatusCode.OK, item.StatusCode);
        Assert.False(PortalSite.IsMarkedUnread(after, id));
        Assert.Equal(PortalSite.UnreadBadge(before) - 1, PortalSite.UnreadBadge(after));
    }

    [Fact]
    public async Task ADepartmentNoticeIsMarkedUnreadInItsOwnWidgetAndDoesNotRaiseTheNoticeBoardCount()
    {
        var staff = await site.LoginAsync("staff");
        var before = PortalSite.UnreadBadge(await staff.GetStringAsync("/"));
        var editor = await site.LoginAsync("editor");
        var id = await site.PublishAsync(editor, "Notice", "dept-jyj", "市教育局关于寒假安全教育的通知");

        var body = await staff.GetStringAsync("/");

        // The 电子公告 card counts what it lists (its own section); the notice shows, unread, under 部门信息.
        Assert.Equal(before, PortalSite.UnreadBadge(body));
        var deptNews = body[body.IndexOf("data-widget=\"Contents.DeptNews\"", StringComparison.Ordinal)..];
        Assert.True(PortalSite.IsMarkedUnread(deptNews, id));
    }

    [Fact]
    public async Task HomeOffersAWidgetPerReadableSectionWithMoreLinks()
    {
        var staff = await site.LoginAsync("staff");

        var body = await staff.GetStringAsync("/");

        foreach (var (widget, code) in new[]
        {
            ("Contents.Notices", "notices"), ("Contents.CityNews", "city-news"), ("Contents.DeptNews", "dept-news"),
            ("Contents.CountyNews", "county-news"), ("Contents.Speeches", "speeches"), ("Contents.Downloads", "downloads"),
        })
        {
            Assert.Contains($"data-widget=\"{widget}\"", body);
            Assert.Contains($"href=\"/sections/{code}\"", body);
        }
    }

    [Fact]
    public async Task DepartmentNewsWidgetShowsTheIssuingUnitOfChildSectionItems()
    {
        var editor = await site.LoginAsync("editor");
        var id = await site.PublishAsync(editor, "Article", "dept-jyj", "市教育局召开期末教学质量分析会", new { issuingUnitId = await site.UnitIdAsync("JYJ") });
        var staff = await site.LoginAsync("staff");

        var body = await staff.GetStringAsync("/");

        var widget = body[body.IndexOf("data-widget=\"Contents.DeptNews\"", StringComparison.Ordinal)..];
        var line = widget[widget.IndexOf($"href=\"/content/{id}\"", StringComparison.Ordinal)..];
        Assert.Contains("安顺市教育局", line[..line.IndexOf("</li>", StringComparison.Ordinal)]);
    }

    [Fact]
    public async Task DownloadsWidgetShowsTheVersion()
    {
        var editor = await site.LoginAsync("editor");
        var id = await site.PublishAsync(editor, "SoftwarePackage", "downloads", "安全浏览器（内网版）", new { fields = new { Version = "12.4.1" } });
        var staff = await site.LoginAsync("staff");

        var body = await staff.GetStringAsync("/");

        var line = body[body.IndexOf($"href=\"/content/{id}\"", StringComparison.Ordinal)..];
        Assert.Contains("版本 12.4.1", line[..line.IndexOf("</li>", StringComparison.Ordinal)]);
    }

    [Fact]
    public async Task PortalMenuListsTopLevelSections()
    {
        var staff = await site.LoginAsync("staff");

        var body = await staff.GetStringAsync("/");

        Assert.Contains("href=\"/sections/notices\">电子公告</a>", body);
        Assert.Contains("href=\"/sections/downloads\">软件下载</a>", body);
        Assert.DoesNotContain("href=\"/sections/dept-jyj\">", body[..body.IndexOf("<main", StringComparison.Ordinal)]);
    }
}
