using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Anshun.Browser.Tests.Infrastructure;
using Anshun.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Anshun.Browser.Tests;

/// <summary>
/// The journeys of issue #4 on the default install, where 全文检索 is on: a member of staff of the education
/// bureau searches 黄果树 from the portal header, narrows by type and opens the highlighted hit, while a leader's
/// internal speech about 黄果树 stays invisible to them (no title, no count); the 系统管理员 watches the index in
/// 后台 › 全文检索, rebuilds it and sees it complete while searches keep answering.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class SearchJourneyTests(BrowserSiteFixture fixture)
{
    private const string Term = "黄果树";
    private const string NoticeTitle = "关于做好黄果树旅游区冬季游客安全保障工作的通知";
    private const string ArticleTitle = "黄果树景区智慧旅游服务平台上线运行";
    private const string SpeechTitle = "在黄果树旅游区发展专题会议上的讲话";
    private const string SpeechOnlyPhrase = "发展专题会议";

    private const string RebuildTerm = "屯堡";
    private const string RebuildTitle = "关于开展屯堡文化旅游区消防安全检查的通知";

    [BrowserFact]
    public async Task StaffFindsHuangguoshuFromTheHeaderButNeverTheRestrictedSpeech()
    {
        await DemoUsers.EnsureAsync(fixture);
        var ids = new Dictionary<string, string>();
        await using (var editor = await BrowserSession.OpenAsync(fixture, "1-editor"))
        {
            await editor.RunAsync(async () =>
            {
                var api = await SignInToApiAsync(editor, "editor");
                ids[NoticeTitle] = await api.PublishAsync("Notice", "notices", NoticeTitle,
                    "请黄果树旅游区管委会和各有关部门加强冬季游客安全保障，做好瀑布景区步道防滑和应急值守工作。",
                    new JsonObject { ["DocumentNumber"] = "安府办发〔2026〕31号" });
                ids[ArticleTitle] = await api.PublishAsync("Article", "city-news", ArticleTitle,
                    "黄果树景区智慧旅游服务平台日前上线，游客可在线预约、查询客流和停车信息。");
                ids[SpeechTitle] = await api.PublishAsync("Speech", "speeches-internal", SpeechTitle,
                    "同志们：今天召开黄果树旅游区发展专题会议，研究景区提质扩容和内部管理问题。",
                    new JsonObject { ["Speaker"] = "陈志远副市长" });

                // The editor (门户编辑, may read every section) finds all three, the internal speech too: it is in the
                // index, so its absence for staff below is the permission trimming at work, not a missing document.
                await WaitUntilIndexedAsync(api, Term, ids.Values);
                var speech = await api.GetAsync($"/api/search?q={Uri.EscapeDataString(SpeechOnlyPhrase)}");
                Assert.Equal(1, speech["totalCount"]!.GetValue<int>());
                Assert.Equal(ids[SpeechTitle], speech["hits"]![0]!["key"]!.GetValue<string>());
                Assert.Empty(editor.Problems);
            });
        }

        await using var staff = await BrowserSession.OpenAsync(fixture, "2-staff");
        await staff.RunAsync(() => StaffSearchesFromTheHeaderAsync(staff, ids));
    }

    [BrowserFact]
    public async Task SystemAdministratorRebuildsTheIndexWhileSearchKeepsAnswering()
    {
        await DemoUsers.EnsureAsync(fixture);
        await RecipeUsers.EnsureSystemAdministratorAsync(fixture);
        var id = "";
        await using (var editor = await BrowserSession.OpenAsync(fixture, "1-editor"))
        {
            await editor.RunAsync(async () =>
            {
                var api = await SignInToApiAsync(editor, "editor");
                id = await api.PublishAsync("Notice", "notices", RebuildTitle, "请屯堡文化旅游区各景点对照清单开展冬季消防安全自查。");
                await WaitUntilIndexedAsync(api, RebuildTerm, [id]);
            });
        }

        await using var admin = await BrowserSession.OpenAsync(fixture, "2-sysadmin");
        await admin.RunAsync(() => AdministratorRebuildsTheIndexAsync(admin, id));
    }

    private async Task StaffSearchesFromTheHeaderAsync(BrowserSession staff, IReadOnlyDictionary<string, string> ids)
    {
        var page = staff.Page;
        await SignInAsync(staff, "/", "staff");

        // Type into the header's search box and press Enter, as a person does.
        var searchBox = page.GetByRole(AriaRole.Search, new() { Name = "站内检索" }).GetByRole(AriaRole.Searchbox, new() { Name = "检索词" });
        await searchBox.FillAsync(Term);
        await staff.ScreenshotAsync("home-with-query");
        await searchBox.PressAsync("Enter");
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/search");
        Assert.Equal(Term, Uri.UnescapeDataString(new Uri(page.Url).Query).Replace("?q=", "", StringComparison.Ordinal));

        var hits = page.Locator("ol.search-results > li");
        var notice = Hit(page, NoticeTitle);
        var article = Hit(page, ArticleTitle);
        await Expect(notice).ToBeVisibleAsync();
        await Expect(article).ToBeVisibleAsync();
        await Expect(notice.GetByRole(AriaRole.Link).Locator("mark").First).ToHaveTextAsync(Term);
        await Expect(notice.Locator("p mark").First).ToHaveTextAsync(Term); // the snippet, too

        // The internal speech is neither listed nor counted: the count is exactly the hits shown.
        await Expect(page.GetByText(SpeechTitle)).ToHaveCountAsync(0);
        await Expect(page.GetByText(SpeechOnlyPhrase)).ToHaveCountAsync(0);
        var shown = await hits.CountAsync();
        await Expect(page.Locator(".portal-list-count")).ToHaveTextAsync($"共找到 {shown} 条结果。");

        var facets = page.GetByRole(AriaRole.Navigation, new() { Name = "按条件筛选结果" });
        var types = facets.GetByRole(AriaRole.Region, new() { Name = "内容类型" });
        await Expect(types.GetByRole(AriaRole.Link, new() { Name = "电子公告", Exact = true })).ToBeVisibleAsync();
        await Expect(types.GetByRole(AriaRole.Link, new() { Name = "信息", Exact = true })).ToBeVisibleAsync();
        await Expect(types.GetByText("领导讲话")).ToHaveCountAsync(0);
        var counted = 0;
        foreach (var count in await types.Locator(".badge").AllInnerTextsAsync())
        {
            counted += int.Parse(count.Trim(), System.Globalization.CultureInfo.InvariantCulture);
        }

        Assert.Equal(shown, counted);
        await staff.ScreenshotAsync("results");

        // Narrow to 电子公告 with the facet; the article drops out and the filter reads as applied.
        await types.GetByRole(AriaRole.Link, new() { Name = "电子公告", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).Query.Contains("type=Notice", StringComparison.Ordinal));
        await Expect(notice).ToBeVisibleAsync();
        await Expect(article).ToHaveCountAsync(0);
        await Expect(types.Locator("[aria-current='true']")).ToHaveTextAsync("电子公告");
        await staff.ScreenshotAsync("filtered-to-notices");

        // Adding a phrase only the speech contains finds nothing; the shorter query offered must not count the speech either.
        var both = $"{Term} {SpeechOnlyPhrase}";
        await page.GotoAsync($"/search?q={Uri.EscapeDataString(both)}");
        await Expect(page.Locator(".portal-list-count")).ToHaveTextAsync($"没有找到与“{both}”相关的内容。");
        await Expect(hits).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = $"去掉“{SpeechOnlyPhrase}”后有 {shown} 条结果" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex($"去掉“{Term}”") })).ToHaveCountAsync(0);
        await Expect(page.GetByText(SpeechTitle)).ToHaveCountAsync(0);
        await staff.ScreenshotAsync("restricted-phrase-finds-nothing");

        // On a phone the page fits the width and the results come before the filters.
        await page.SetViewportSizeAsync(390, 844);
        await page.GotoAsync($"/search?q={Uri.EscapeDataString(Term)}");
        await Expect(notice).ToBeVisibleAsync();
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"),
            "检索结果页在手机宽度下出现横向滚动。");
        var firstHitTop = await notice.BoundingBoxAsync();
        var facetsTop = await facets.BoundingBoxAsync();
        Assert.True(firstHitTop!.Y < facetsTop!.Y, "手机宽度下筛选条件排在检索结果之前。");
        await staff.ScreenshotAsync("results-on-a-phone");
        await page.SetViewportSizeAsync(1366, 860);

        // Open the highlighted hit: the item page itself.
        await page.GotoAsync($"/search?q={Uri.EscapeDataString(Term)}");
        await notice.GetByRole(AriaRole.Link).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == $"/content/{ids[NoticeTitle]}");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = NoticeTitle, Level = 1 })).ToBeVisibleAsync();
        await staff.ScreenshotAsync("item-page");

        // The index administration is the 系统管理员's, not staff's.
        var response = await page.GotoAsync("/admin/search");
        Assert.NotEqual(200, response!.Status);
        await Expect(page.GetByText("您没有访问该页面的权限")).ToBeVisibleAsync();
        Assert.Empty(staff.Problems);
    }

    private async Task AdministratorRebuildsTheIndexAsync(BrowserSession admin, string id)
    {
        var page = admin.Page;
        await page.GotoAsync("/login");
        await page.GetByLabel("用户名").FillAsync(RecipeUsers.SystemAdministrator);
        await page.GetByLabel("密码", new() { Exact = true }).FillAsync(AnshunSiteFactory.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录", Exact = true }).ClickAsync();

        // First login of a 三员 account: bind an authenticator, as every 系统管理员 must.
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/account/totp");
        var sharedKey = (await page.Locator("#totp-key").InnerTextAsync()).Trim();
        await page.FillAsync("input[name='Code']", Totp.Code(sharedKey, fixture.Site.Time.GetUtcNow()));
        await page.GetByRole(AriaRole.Button, new() { Name = "完成绑定" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/");

        // 后台 › 全文检索 through the menus.
        await page.GetByRole(AriaRole.Link, new() { Name = "管理后台" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/admin");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "管理菜单" }).GetByRole(AriaRole.Link, new() { Name = "全文检索" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/admin/search");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "全文检索", Level = 1 })).ToBeVisibleAsync();

        // A node that has just started builds its first index; on a real clock that takes about a second.
        var row = page.Locator("#search-nodes tbody tr").Filter(new() { HasTextString = "本节点" });
        await LetTheNodeFinishAsync(row);
        await Expect(row).ToHaveAttributeAsync("data-state", "正常");
        await Expect(row.Locator(".badge", new() { HasTextString = "正常" })).ToBeVisibleAsync();
        var documents = int.Parse((await row.Locator("td").Nth(1).InnerTextAsync()).Replace(",", "", StringComparison.Ordinal).Trim(),
            System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(documents >= 1, $"本节点文档数为 {documents}。");
        var directory = row.Locator("td").First.Locator("div.small");
        var liveBefore = await directory.InnerTextAsync();
        await admin.ScreenshotAsync("index-status");

        // 重建索引 asks first; the page then shows the rebuild under way with its progress bar.
        var confirmation = "";
        page.Dialog += async (_, dialog) =>
        {
            confirmation = dialog.Message;
            await dialog.AcceptAsync();
        };
        await page.GetByRole(AriaRole.Button, new() { Name = "重建索引" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert).Filter(new() { HasTextString = "已提交重建索引任务" })).ToBeVisibleAsync();
        Assert.Contains("确定要重建全文检索索引吗", confirmation);
        await Expect(row).ToHaveAttributeAsync("data-state", BusyState());
        await Expect(row.GetByRole(AriaRole.Progressbar)).ToBeVisibleAsync();
        await Expect(page.Locator("#search-nodes-status")).ToContainTextAsync("正在重建索引");
        await admin.ScreenshotAsync("rebuild-under-way");

        // The site's clock stands still in tests, and the rebuild waits for its next tick: meanwhile the old index answers.
        var reader = await page.Context.NewPageAsync();
        await reader.GotoAsync($"/search?q={Uri.EscapeDataString(RebuildTerm)}");
        await Expect(reader.Locator($"ol.search-results a[href='/content/{id}'] mark").First).ToHaveTextAsync(RebuildTerm);
        await Expect(row).ToHaveAttributeAsync("data-state", BusyState());

        // Let time pass: the node rebuilds, and the page (refreshing itself) shows it done.
        await LetTheNodeFinishAsync(row);
        await Expect(page.Locator("#search-nodes-status")).ToHaveTextAsync("重建索引已完成，各节点状态正常。");
        await Expect(page.GetByRole(AriaRole.Alert).Filter(new() { HasTextString = "已提交重建索引任务" })).ToHaveCountAsync(0);
        await Expect(row.GetByRole(AriaRole.Progressbar)).ToHaveCountAsync(0);
        Assert.NotEqual(liveBefore, await directory.InnerTextAsync()); // the node now serves the index it just built
        await admin.ScreenshotAsync("rebuild-complete");

        // The rebuilt index answers the same search.
        await reader.ReloadAsync();
        await Expect(reader.Locator($"ol.search-results a[href='/content/{id}'] mark").First).ToHaveTextAsync(RebuildTerm);
        await reader.CloseAsync();
        Assert.Empty(admin.Problems);
    }

    /// <summary>
    /// Moves the site's clock on a second at a time until the node's row, which the admin page refreshes by itself
    /// while a node is busy, reads 正常: the worker's loops wait on that clock.
    /// </summary>
    private async Task LetTheNodeFinishAsync(ILocator row)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (await row.GetAttributeAsync("data-state") != "正常")
        {
            Assert.True(DateTime.UtcNow < deadline, "60 秒内索引重建仍未完成。");
            fixture.Site.Time.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(300);
        }
    }

    /// <summary>Signs in through the login page and returns the API as that person.</summary>
    private static async Task<PortalApi> SignInToApiAsync(BrowserSession session, string userName)
    {
        await SignInAsync(session, "/", userName);
        return await PortalApi.ForAsync(session.Page);
    }

    /// <summary>Signs in through the login page the site sends an anonymous visitor of <paramref name="path"/> to, and lands back there.</summary>
    private static async Task SignInAsync(BrowserSession session, string path, string userName)
    {
        var page = session.Page;
        await page.GotoAsync(path);
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/login");
        await page.GetByLabel("用户名").FillAsync(userName);
        await page.GetByLabel("密码", new() { Exact = true }).FillAsync(AnshunSiteFactory.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == path);
    }

    /// <summary>
    /// Waits until <paramref name="query"/> finds every item for the signed-in API caller. The node applies its own
    /// changes at once; the clock is moved on too, in case the worker's first rebuild still waits for a tick.
    /// </summary>
    private async Task WaitUntilIndexedAsync(PortalApi api, string query, IEnumerable<string> ids)
    {
        var wanted = ids.ToHashSet();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var result = await api.GetAsync($"/api/search?q={Uri.EscapeDataString(query)}&pageSize=50");
            var found = result["hits"]!.AsArray().Select(h => h!["key"]!.GetValue<string>()).ToHashSet();
            if (wanted.IsSubsetOf(found))
            {
                return;
            }

            Assert.True(DateTime.UtcNow < deadline, $"60 秒内检索“{query}”仍未找到新发布的内容。");
            fixture.Site.Time.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(200);
        }
    }

    private static ILocator Hit(IPage page, string title) =>
        page.Locator("ol.search-results > li").Filter(new() { Has = page.GetByRole(AriaRole.Link, new() { Name = title, Exact = true }) });

    [GeneratedRegex("^(等待重建|重建中)$")]
    private static partial Regex BusyState();
}
