using System.Net;
using System.Text.RegularExpressions;
using Anshun.Testing;

namespace Anshun.Contents.Tests.Admin;

public sealed partial class ContentAdminControllerTests(ContentAdminSite site) : IClassFixture<ContentAdminSite>
{
    [Fact]
    public async Task StaffIsRefusedTheContentAdmin()
    {
        var staff = await site.LoginAsync("staff");

        ContentAdminTestKit.AssertRefused(await staff.GetAsync("/admin/contents"));
        ContentAdminTestKit.AssertRefused(await staff.GetAsync("/admin/contents/create/Notice"));
        ContentAdminTestKit.AssertRefused(await staff.GetAsync("/admin/contents/reviews"));
    }

    [Fact]
    public async Task AnonymousIsSentToLogin()
    {
        var response = await site.CreateAnonymousClient().GetAsync("/admin/contents");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/login", response.Headers.Location?.ToString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task TheFormIsGeneratedFromTheTypeWithOnlyTheEditorsSections()
    {
        var jyjEditor = await site.LoginAsync("jyj_editor");
        var jyjSection = await site.SectionIdAsync("dept-jyj");
        var czjSection = await site.SectionIdAsync("dept-czj");

        var html = await jyjEditor.GetStringAsync("/admin/contents/create/Notice");

        Assert.Contains("name=\"title\"", html);
        Assert.Contains("name=\"fields.DocumentNumber\"", html);
        Assert.Contains("name=\"pinnedUntilUtc\"", html);
        Assert.Contains("data-rich-text", html);
        Assert.Contains("data-attachments", html);
        Assert.Contains($"value=\"{jyjSection}\"", html);
        Assert.DoesNotContain($"value=\"{czjSection}\"", html);
        Assert.Contains("提交审核", html);
    }

    [Fact]
    public async Task TheEditorAssetsAndTheMenuAreServed()
    {
        var editor = await site.LoginAsync("editor");

        var list = await editor.GetStringAsync("/admin/contents");
        var quill = await editor.GetAsync("/_content/Anshun.AdminTheme/lib/quill/quill.js");
        var script = await editor.GetAsync("/_content/Anshun.Contents/admin/content-editor.js");

        Assert.Contains("内容管理", list);
        Assert.Contains("href=\"/admin/contents/reviews\"", list);
        Assert.DoesNotContain("href=\"/admin/content-types\"", list);
        Assert.Contains("/admin/contents/create/Notice", list);
        Assert.Equal(HttpStatusCode.OK, quill.StatusCode);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
    }

    [Fact]
    public async Task EditorCreatesEditsAndPublishesThroughTheForms()
    {
        var editor = await site.LoginAsync("editor");
        var notices = await site.SectionIdAsync("notices");

        var id = await editor.CreateThroughFormAsync("Notice", notices, "关于做好春节期间值班工作的通知", "draft",
            ("fields.DocumentNumber", "安府办发〔2026〕3号"), ("pinned", "true"), ("pinned", "false"), ("pinnedUntilUtc", "2026-12-31T18:00"));
        var form = await editor.GetStringAsync($"/admin/contents/{id}/edit");
        var edited = await editor.PostFormAsync($"/admin/contents/{id}/edit",
            ("title", "关于做好2026年春节期间值班工作的通知"), ("sectionId", notices), ("body", "<p>各单位：请做好值班安排。</p>"),
            ("fields.DocumentNumber", "安府办发〔2026〕3号"), ("pinned", "true"), ("pinnedUntilUtc", "2026-12-31T18:00"), ("command", "publish"));
        var page = await editor.GetStringAsync($"/admin/contents/{id}");
        var list = await editor.GetStringAsync("/admin/contents?q=" + Uri.EscapeDataString("2026年春节期间值班"));

        Assert.Contains("value=\"关于做好春节期间值班工作的通知\"", form);
        Assert.Contains("value=\"安府办发〔2026〕3号\"", form);
        Assert.Contains("value=\"2026-12-31T18:00\"", form);
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        Assert.Equal($"/admin/contents/{id}", edited.Headers.Location?.ToString());
        Assert.Contains("已发布", page);
        Assert.Contains("第 2 版", page);
        Assert.Contains("各单位：请做好值班安排。", page);
        Assert.Contains("置顶至 2026-12-31 18:00", page);
        Assert.Contains("关于做好2026年春节期间值班工作的通知", list);
    }

    [Fact]
    public async Task MissingTitleShowsTheMessageUnderTheTitleAndSavesNothing()
    {
        var editor = await site.LoginAsync("editor");
        var notices = await site.SectionIdAsync("notices");
        var before = Count(await editor.GetStringAsync("/admin/contents"));

        var response = await editor.PostFormAsync("/admin/contents/create/Notice",
            ("title", "  "), ("sectionId", notices), ("summary", "缺少标题的摘要"), ("command", "publish"));
        var html = await response.Content.ReadAsStringAsync();
        var after = Count(await editor.GetStringAsync("/admin/contents"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Matches(TitleError(), html);
        Assert.Contains("缺少标题的摘要", html);
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task ABodyWithAScriptIsRefusedUnderTheBodyAndTheDraftStays()
    {
        var editor = await site.LoginAsync("editor");
        var notices = await site.SectionIdAsync("notices");
        var id = await editor.CreateThroughFormAsync("Notice", notices, "带脚本正文的测试公告", "draft");

        var response = await editor.PostFormAsync($"/admin/contents/{id}/edit",
            ("title", "带脚本正文的测试公告（改）"), ("sectionId", notices), ("body", "<p>正文</p><script>alert(1)</script>"), ("command", "draft"));
        var html = await response.Content.ReadAsStringAsync();
        var form = await editor.GetStringAsync($"/admin/contents/{id}/edit");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Matches(BodyError(), html);
        Assert.Contains("正在编辑第 1 版", form);
        Assert.Contains("value=\"带脚本正文的测试公告\"", form);
    }

    [Fact]
    public async Task AnUnparsableNumberOrTimeIsExplainedWithoutSaving()
    {
        var editor = await site.LoginAsync("editor");
        var notices = await site.SectionIdAsync("notices");

        var response = await editor.PostFormAsync("/admin/contents/create/Notice",
            ("title", "置顶时间写错的公告"), ("sectionId", notices), ("pinnedUntilUtc", "明天"), ("command", "draft"));
        var html = await response.Content.ReadAsStringAsync();
        var list = await editor.GetStringAsync("/admin/contents?q=" + Uri.EscapeDataString("置顶时间写错"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("置顶截止时间的格式不正确", html);
        Assert.Contains("没有符合条件的内容。", list);
    }

    [Fact]
    public async Task CzjEditorIsRefusedEditingAJyjDepartmentItem()
    {
        var jyjEditor = await site.LoginAsync("jyj_editor");
        var editor = await site.LoginAsync("editor");
        var czjEditor = await site.LoginAsync("czj_editor");
        var jyj = await site.SectionIdAsync("dept-jyj");
        var id = await jyjEditor.CreateThroughFormAsync("Article", jyj, "市教育局部署春季学期开学工作", "publish");
        var submitted = await jyjEditor.GetStringAsync($"/admin/contents/{id}");
        var approved = await editor.PostFormAsync($"/admin/contents/{id}/approve", ("opinion", "同意发布。"));

        var getEdit = await czjEditor.GetAsync($"/admin/contents/{id}/edit");
        var postEdit = await czjEditor.PostFormAsync($"/admin/contents/{id}/edit",
            ("title", "财政局改过的标题"), ("sectionId", jyj), ("command", "draft"));
        var publish = await czjEditor.PostFormAsync($"/admin/contents/{id}/unpublish");
        var after = await jyjEditor.GetStringAsync($"/admin/contents/{id}");

        Assert.Contains("待审核", submitted);
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, getEdit.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, postEdit.StatusCode);
        Assert.Contains("没有访问权限", await postEdit.Content.ReadAsStringAsync());
        Assert.True(publish.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound, $"{(int)publish.StatusCode}");
        Assert.Contains("已发布", after);
        Assert.Contains("同意发布。", after);
        Assert.DoesNotContain("财政局改过的标题", after);
    }

    [Fact]
    public async Task TheReviewerSeesTheSubmissionInTheQueueAndReturnsItWithAnOpinion()
    {
        var jyjEditor = await site.LoginAsync("jyj_editor");
        var editor = await site.LoginAsync("editor");
        var jyj = await site.SectionIdAsync("dept-jyj");
        var id = await jyjEditor.CreateThroughFormAsync("Article", jyj, "市教育局开展校园安全大检查", "publish");

        var queue = await editor.GetStringAsync("/admin/contents/reviews");
        var returned = await editor.PostFormAsync($"/admin/contents/{id}/return", ("opinion", "请补充检查范围。"));
        var page = await jyjEditor.GetStringAsync($"/admin/contents/{id}");
        var queueAfter = await editor.GetStringAsync("/admin/contents/reviews");

        Assert.Contains("市教育局开展校园安全大检查", queue);
        Assert.Equal(HttpStatusCode.Redirect, returned.StatusCode);
        Assert.Contains("已退回", page);
        Assert.Contains("请补充检查范围。", page);
        Assert.DoesNotContain($"/admin/contents/{id}#review", queueAfter);
    }

    [Fact]
    public async Task AnOldVersionIsRestoredThroughTheItemPage()
    {
        var editor = await site.LoginAsync("editor");
        var notices = await site.SectionIdAsync("notices");
        var id = await editor.CreateThroughFormAsync("Notice", notices, "第一稿：关于调整办公时间的通知", "publish");
        await editor.PostFormAsync($"/admin/contents/{id}/edit",
            ("title", "第二稿：关于调整夏季办公时间的通知"), ("sectionId", notices), ("command", "draft"));

        var versions = await editor.GetStringAsync($"/admin/contents/{id}");
        var oldVersion = await editor.GetStringAsync($"/admin/contents/{id}/versions/1");
        var restored = await editor.PostFormAsync($"/admin/contents/{id}/versions/1/restore");
        var form = await editor.GetStringAsync($"/admin/contents/{id}/edit");

        Assert.Contains("恢复此版本", versions);
        Assert.Contains("第一稿：关于调整办公时间的通知", oldVersion);
        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        Assert.Contains("value=\"第一稿：关于调整办公时间的通知\"", form);
        Assert.Contains("正在编辑第 3 版", form);
    }

    [Fact]
    public async Task SchedulingTakesBeijingTimeAndDeleteMovesToTheRecycleBin()
    {
        var editor = await site.LoginAsync("editor");
        var notices = await site.SectionIdAsync("notices");
        var id = await editor.CreateThroughFormAsync("Notice", notices, "定时发布的放假通知", "draft");
        var publishAt = Anshun.Core.Time.ChinaTime.FromUtc(site.Time.GetUtcNow().UtcDateTime.AddDays(2));
        var local = publishAt.ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture);

        var scheduled = await editor.PostFormAsync($"/admin/contents/{id}/schedule", ("publishAt", local), ("unpublishAt", ""));
        var page = await editor.GetStringAsync($"/admin/contents/{id}");
        var deleted = await editor.PostFormAsync($"/admin/contents/{id}/delete");
        var gone = await editor.GetAsync($"/admin/contents/{id}");

        Assert.Equal(HttpStatusCode.Redirect, scheduled.StatusCode);
        Assert.Contains($"定时发布</dt>", page);
        Assert.Contains(publishAt.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture), page);
        Assert.Equal("/admin/contents", deleted.Headers.Location?.ToString());
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    private static int Count(string listHtml) => int.Parse(CountText().Match(listHtml).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex("共 (\\d+) 条内容。")]
    private static partial Regex CountText();

    [GeneratedRegex("id=\"body-help\">[^<]*</div>\\s*<div class=\"invalid-feedback d-block\">正文含有脚本")]
    private static partial Regex BodyError();

    [GeneratedRegex("id=\"title\"[^>]*>\\s*<div class=\"invalid-feedback d-block\">请填写标题。</div>")]
    private static partial Regex TitleError();
}
