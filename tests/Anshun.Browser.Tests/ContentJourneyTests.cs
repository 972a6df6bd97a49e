using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Anshun.Browser.Tests.Infrastructure;
using Anshun.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Anshun.Browser.Tests;

/// <summary>
/// The journey of issue #3: the education bureau's information officer writes a notice with a PDF
/// attachment in the bureau's own section (部门信息 › 教育局, 先审后发) and submits it; the bureau's
/// reviewer approves it; a member of staff sees it on the home page marked unread, opens it and it
/// becomes read; the finance bureau's officer can neither edit it in the admin nor through the API.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class ContentJourneyTests(BrowserSiteFixture fixture)
{
    private const string Title = "关于做好2026年秋季学期开学工作的通知";
    private const string BodyText = "请各学校按照附件要求做好秋季学期开学准备工作，确保师生安全。";
    private const string AttachmentName = "秋季学期开学工作安排.pdf";
    private const string SectionName = "安顺市教育局";
    private const string IssuingUnit = "安顺市教育局";

    [BrowserFact]
    public async Task DepartmentNoticeIsReviewedPublishedReadAndGuardedFromOtherDepartments()
    {
        await DemoUsers.EnsureAsync(fixture);
        var folder = Directory.CreateTempSubdirectory("anshun-browser-");
        try
        {
            var pdf = Path.Combine(folder.FullName, AttachmentName);
            await File.WriteAllBytesAsync(pdf, SampleFiles.Pdf("Autumn term 2026"));

            var id = "";
            await using (var editor = await BrowserSession.OpenAsync(fixture, "1-jyj-editor"))
            {
                await editor.RunAsync(async () => id = await EditorWritesAndSubmitsTheNoticeAsync(editor, pdf));
            }

            await using (var reviewer = await BrowserSession.OpenAsync(fixture, "2-jyj-reviewer"))
            {
                await reviewer.RunAsync(() => ReviewerApprovesTheNoticeAsync(reviewer, id));
            }

            await using (var staff = await BrowserSession.OpenAsync(fixture, "3-staff"))
            {
                await staff.RunAsync(() => StaffReadsTheNoticeFromTheHomePageAsync(staff, id));
            }

            await using var other = await BrowserSession.OpenAsync(fixture, "4-czj-editor");
            await other.RunAsync(() => OtherDepartmentCannotEditTheNoticeAsync(other, id));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static async Task<string> EditorWritesAndSubmitsTheNoticeAsync(BrowserSession editor, string pdf)
    {
        var page = editor.Page;
        await SignInAsync(editor, "/admin/contents", "jyj_editor");
        await editor.ScreenshotAsync("content-list");

        await page.GetByRole(AriaRole.Button, new() { Name = "新建" }).ClickAsync();
        await page.GetByRole(AriaRole.List, new() { Name = "新建" }).GetByRole(AriaRole.Link, new() { Name = "电子公告", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/admin/contents/create/Notice");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "新建电子公告" })).ToBeVisibleAsync();

        await page.GetByLabel("标题（必填）").FillAsync(Title);
        await SelectIndentedOptionAsync(page.GetByLabel("所属栏目（必填）"), $"{SectionName}（需审核）");
        await SelectIndentedOptionAsync(page.GetByLabel("发布单位"), IssuingUnit);
        await page.GetByRole(AriaRole.Textbox, new() { Name = "正文" }).FillAsync(BodyText);

        // The file goes up on its own as soon as it is chosen; the form then carries only its id.
        await page.GetByLabel("附件", new() { Exact = true }).SetInputFilesAsync(pdf);
        var attachments = page.GetByRole(AriaRole.List, new() { Name = "附件 列表" });
        await Expect(attachments.GetByRole(AriaRole.Listitem)).ToHaveCountAsync(1);
        await Expect(attachments).ToContainTextAsync(AttachmentName);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = $"移除“{AttachmentName}”" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Progressbar, new() { Name = "上传进度" })).ToBeHiddenAsync();
        await Expect(page.Locator("[data-attachment-error]")).ToBeEmptyAsync();

        // The bureau's section is 先审后发: an officer who is no reviewer submits instead of publishing.
        var submit = page.GetByRole(AriaRole.Button, new() { Name = "提交审核", Exact = true });
        await Expect(submit).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "发布", Exact = true })).ToHaveCountAsync(0);
        await editor.ScreenshotAsync("notice-form");
        await submit.ClickAsync();

        await page.WaitForURLAsync(url => ItemPath().IsMatch(new Uri(url).AbsolutePath));
        var id = ItemPath().Match(new Uri(page.Url).AbsolutePath).Groups[1].Value;
        await Expect(page.GetByRole(AriaRole.Alert).Filter(new() { HasTextString = $"已保存并提交审核“{Title}”，审核通过后发布。" })).ToBeVisibleAsync();
        var state = page.GetByRole(AriaRole.Region, new() { Name = "状态与发布" });
        await Expect(Detail(state, "状态")).ToHaveTextAsync(new Regex("^\\s*草稿\\s*待审核\\s*$"));
        await Expect(Detail(state, "栏目")).ToHaveTextAsync($"{SectionName}（发布需审核）");
        await Expect(Detail(state, "已发布版本")).ToHaveTextAsync("无");
        await editor.ScreenshotAsync("submitted-for-review");
        Assert.Empty(editor.Problems);
        return id;
    }

    private static async Task ReviewerApprovesTheNoticeAsync(BrowserSession reviewer, string id)
    {
        var page = reviewer.Page;
        await SignInAsync(reviewer, "/admin/contents", "jyj_reviewer");
        await page.GetByRole(AriaRole.Link, new() { Name = "待我审核" }).First.ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/admin/contents/reviews");
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasTextString = Title });
        await Expect(row).ToContainTextAsync("李明"); // the officer who submitted it
        await reviewer.ScreenshotAsync("review-queue");
        await row.GetByRole(AriaRole.Link, new() { Name = Title, Exact = true }).ClickAsync();

        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == $"/admin/contents/{id}");
        var review = page.GetByRole(AriaRole.Region, new() { Name = "审核（第 1 版已提交）" });
        await review.GetByLabel("审核意见").FillAsync("内容准确，同意发布。");
        await reviewer.ScreenshotAsync("review-form");
        await review.GetByRole(AriaRole.Button, new() { Name = "审核通过" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Alert).Filter(new() { HasTextString = $"已审核通过并发布“{Title}”。" })).ToBeVisibleAsync();
        var state = page.GetByRole(AriaRole.Region, new() { Name = "状态与发布" });
        await Expect(Detail(state, "状态")).ToHaveTextAsync(new Regex("^\\s*已发布\\s*$"));
        await Expect(Detail(state, "已发布版本")).ToContainTextAsync("第 1 版");
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "审核记录" })).ToContainTextAsync("审核意见：内容准确，同意发布。");
        await reviewer.ScreenshotAsync("approved");

        await page.GetByRole(AriaRole.Link, new() { Name = "待我审核" }).First.ClickAsync();
        await Expect(page.GetByText("没有待您审核的内容。")).ToBeVisibleAsync();
        Assert.Empty(reviewer.Problems);
    }

    private static async Task StaffReadsTheNoticeFromTheHomePageAsync(BrowserSession staff, string id)
    {
        var page = staff.Page;
        await SignInAsync(staff, "/", "staff");

        var line = NoticeLineOnTheHomePage(page);
        await Expect(line).ToContainTextAsync(IssuingUnit);
        await Expect(line.GetByText("未读", new() { Exact = true })).ToBeVisibleAsync();
        await staff.ScreenshotAsync("home-unread");
        await line.GetByRole(AriaRole.Link, new() { Name = Title, Exact = true }).ClickAsync();

        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == $"/content/{id}");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = Title, Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByText($"发布单位：{IssuingUnit}")).ToBeVisibleAsync();
        await Expect(page.Locator(".portal-article-body")).ToContainTextAsync(BodyText);
        var attachments = page.GetByRole(AriaRole.Region, new() { Name = "附件" });
        var download = attachments.GetByRole(AriaRole.Link, new() { NameRegex = new Regex($"^下载\\s*{Regex.Escape(AttachmentName)}$") });
        await Expect(download).ToBeVisibleAsync();
        await staff.ScreenshotAsync("notice-page");

        // The link hands over the very PDF the officer uploaded.
        var file = await page.APIRequest.GetAsync((await download.GetAttributeAsync("href"))!);
        Assert.Equal(200, file.Status);
        Assert.Equal(SampleFiles.Pdf("Autumn term 2026"), await file.BodyAsync());

        await page.GetByRole(AriaRole.Navigation, new() { Name = "面包屑导航" }).GetByRole(AriaRole.Link, new() { Name = "首页" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/");
        line = NoticeLineOnTheHomePage(page);
        await Expect(line).ToBeVisibleAsync();
        await Expect(line.GetByText("未读", new() { Exact = true })).ToHaveCountAsync(0);
        await Expect(line).Not.ToHaveClassAsync(UnreadClass());
        await staff.ScreenshotAsync("home-read");
        Assert.Empty(staff.Problems);
    }

    private static async Task OtherDepartmentCannotEditTheNoticeAsync(BrowserSession other, string id)
    {
        var page = other.Page;
        await SignInAsync(other, "/admin/contents", "czj_editor");
        await page.GetByLabel("标题包含").FillAsync(Title);
        await page.GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).Query.Contains("q=", StringComparison.Ordinal));
        await Expect(page.GetByText("没有符合条件的内容。")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = Title })).ToHaveCountAsync(0);
        await other.ScreenshotAsync("not-in-list");

        foreach (var path in new[] { $"/admin/contents/{id}/edit", $"/admin/contents/{id}" })
        {
            var response = await page.GotoAsync(path);
            Assert.Equal(403, response!.Status);
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "没有访问权限", Level = 1 })).ToBeVisibleAsync();
            await Expect(page.GetByText("错误代码 403")).ToBeVisibleAsync();
        }

        await other.ScreenshotAsync("edit-refused");

        // The API is no back door: the same change, sent with a valid session and CSRF token, is refused.
        var api = page.APIRequest;
        var csrf = await JsonAsync(await api.GetAsync("/api/auth/csrf"));
        var read = await api.GetAsync($"/api/content/{id}");
        Assert.Equal(200, read.Status);
        var item = await JsonAsync(read);
        var change = new JsonObject
        {
            ["contentType"] = item["contentType"]!.GetValue<string>(),
            ["sectionId"] = item["section"]!["id"]!.GetValue<string>(),
            ["title"] = Title + "（财政局修改）",
            ["body"] = item["body"]!.GetValue<string>(),
            ["issuingUnitId"] = item["issuingUnit"]!["id"]!.GetValue<string>(),
            ["attachmentIds"] = new JsonArray(item["attachments"]!.AsArray().Select(a => (JsonNode)a!["id"]!.GetValue<string>()).ToArray()),
        };
        var put = await api.PutAsync($"/api/content/{id}", new()
        {
            Headers = new Dictionary<string, string>
            {
                ["X-CSRF-TOKEN"] = csrf["csrfToken"]!.GetValue<string>(),
                ["Content-Type"] = "application/json",
            },
            Data = change.ToJsonString(),
        });
        Assert.Equal(403, put.Status);

        var after = await JsonAsync(await api.GetAsync($"/api/content/{id}"));
        Assert.Equal(Title, after["title"]!.GetValue<string>());
        Assert.Equal(item["version"]!.GetValue<int>(), after["version"]!.GetValue<int>());
        Assert.Empty(other.Problems);
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

    /// <summary>Picks the option whose text, without the tree indentation (full-width spaces), is <paramref name="text"/>.</summary>
    private static async Task SelectIndentedOptionAsync(ILocator select, string text)
    {
        var option = select.Locator("option", new() { HasTextRegex = new Regex($"^[\u3000\\s]*{Regex.Escape(text)}\\s*$") });
        await Expect(option).ToHaveCountAsync(1);
        await select.SelectOptionAsync((await option.GetAttributeAsync("value"))!);
        await Expect(select.Locator("option:checked")).ToHaveTextAsync(new Regex(Regex.Escape(text)));
    }

    /// <summary>The value (dd) of the term (dt) named <paramref name="term"/> in a definition list.</summary>
    private static ILocator Detail(ILocator container, string term) => container.Locator($"dt:text-is('{term}') + dd");

    /// <summary>The notice's line in the home page's 部门信息 block (which lists every department's section).</summary>
    private static ILocator NoticeLineOnTheHomePage(IPage page) =>
        page.GetByRole(AriaRole.Region, new() { Name = "部门信息" })
            .GetByRole(AriaRole.Listitem)
            .Filter(new() { Has = page.GetByRole(AriaRole.Link, new() { Name = Title, Exact = true }) });

    private static async Task<JsonObject> JsonAsync(IAPIResponse response)
    {
        Assert.True(response.Ok, $"HTTP {response.Status}：{await response.TextAsync()}");
        return JsonNode.Parse(await response.TextAsync())!.AsObject();
    }

    [GeneratedRegex("^/admin/contents/([0-9a-f]{32})$")]
    private static partial Regex ItemPath();

    [GeneratedRegex(@"\bis-unread\b")]
    private static partial Regex UnreadClass();
}
