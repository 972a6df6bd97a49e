using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Anshun.Testing;

namespace Anshun.Contents.Tests.Api;

public sealed class ContentApiTests(ContentApiSite site) : IClassFixture<ContentApiSite>
{
    [Fact]
    public async Task EditorCreatesPublishesAndStaffReadsPartsAndFields()
    {
        var editor = await site.LoginAsync("editor");
        var notices = await site.SectionIdAsync("notices");

        var created = await editor.PostAsJsonAsync("/api/content", new
        {
            contentType = "Notice",
            sectionId = notices,
            title = "关于做好元旦期间值班工作的通知",
            summary = "请各单位安排好值班。",
            body = "<p>各县区、各部门：</p><p>请认真做好值班。</p>",
            importance = "Important",
            fields = new { DocumentNumber = "安府办发〔2026〕88号" },
        });
        var id = (await ReadAsync(created))["contentItemId"]!.GetValue<string>();
        var published = await editor.PostAsync($"/api/content/{id}/publish", null);
        var staff = await site.LoginAsync("staff");
        var item = await ReadAsync(await staff.GetAsync($"/api/content/{id}"));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal($"/api/content/{id}", created.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        Assert.Equal("关于做好元旦期间值班工作的通知", item["title"]!.GetValue<string>());
        Assert.Equal("notices", item["section"]!["code"]!.GetValue<string>());
        Assert.Equal("Important", item["importance"]!.GetValue<string>());
        Assert.Equal("安府办发〔2026〕88号", item["fields"]!["DocumentNumber"]!.GetValue<string>());
        Assert.Contains("请认真做好值班。", item["body"]!.GetValue<string>());
        Assert.True(item["isPublished"]!.GetValue<bool>());
    }

    [Fact]
    public async Task ListPagesWithMetadataNewestFirst()
    {
        var editor = await site.LoginAsync("editor");
        var section = await site.SectionIdAsync("city-news");
        for (var i = 1; i <= 3; i++)
        {
            site.Time.Advance(TimeSpan.FromMinutes(1));
            await PublishAsync(editor, "Article", section, $"分页测试信息第{i}条");
        }

        var staff = await site.LoginAsync("staff");
        var first = await ReadAsync(await staff.GetAsync("/api/content?section=city-news&pageSize=2"));
        var second = await ReadAsync(await staff.GetAsync("/api/content?section=city-news&pageSize=2&page=2"));

        Assert.Equal(2, first["items"]!.AsArray().Count);
        Assert.Equal("分页测试信息第3条", first["items"]![0]!["title"]!.GetValue<string>());
        Assert.Equal(2, first["pageSize"]!.GetValue<int>());
        Assert.True(first["totalCount"]!.GetValue<int>() >= 3);
        Assert.Equal((first["totalCount"]!.GetValue<int>() + 1) / 2, first["totalPages"]!.GetValue<int>());
        Assert.Equal(2, second["page"]!.GetValue<int>());
        Assert.DoesNotContain(second["items"]!.AsArray(), i => i!["title"]!.GetValue<string>() == "分页测试信息第3条");
    }

    [Fact]
    public async Task MatchingETagAnswersNotModifiedUntilSomethingIsPublished()
    {
        var editor = await site.LoginAsync("editor");
        var section = await site.SectionIdAsync("speeches");
        var staff = await site.LoginAsync("staff");
        var id = await PublishAsync(editor, "Speech", section, "在全市安全生产工作会议上的讲话", new { Speaker = "陈志远" });

        var list = await staff.GetAsync("/api/content?section=speeches");
        var listTag = list.Headers.ETag!;
        var unchanged = await SendWithIfNoneMatchAsync(staff, "/api/content?section=speeches", listTag);
        await PublishAsync(editor, "Speech", section, "在全市森林防火工作会议上的讲话", new { Speaker = "陈志远" });
        var changed = await SendWithIfNoneMatchAsync(staff, "/api/content?section=speeches", listTag);
        var item = await staff.GetAsync($"/api/content/{id}");
        var itemUnchanged = await SendWithIfNoneMatchAsync(staff, $"/api/content/{id}", item.Headers.ETag!);

        Assert.Equal(HttpStatusCode.NotModified, unchanged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal(HttpStatusCode.NotModified, itemUnchanged.StatusCode);
        Assert.Empty(await itemUnchanged.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task AnonymousCallersGetUnauthorized()
    {
        var anonymous = site.CreateAnonymousClient();

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/content")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/content-types")).StatusCode);
    }

    [Fact]
    public async Task StaffWithoutEditPermissionCannotCreate()
    {
        var staff = await site.LoginAsync("staff");

        var response = await staff.PostAsJsonAsync("/api/content", new { contentType = "Notice", title = "越权" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task AnotherDepartmentsEditorIsRefusedAndNothingChanges()
    {
        var jyj = await site.LoginAsync("jyj_editor");
        var czj = await site.LoginAsync("czj_editor");
        var jyjSection = await site.SectionIdAsync("dept-jyj");
        var created = await ReadAsync(await jyj.PostAsJsonAsync("/api/content", new
        {
            contentType = "Article", sectionId = jyjSection, title = "市教育局开展校园安全专项检查", body = "<p>检查情况。</p>",
        }));
        var id = created["contentItemId"]!.GetValue<string>();

        var edit = await czj.PutAsJsonAsync($"/api/content/{id}", new
        {
            contentType = "Article", sectionId = jyjSection, title = "被篡改的标题", body = "<p>篡改</p>",
        });
        var publish = await czj.PostAsync($"/api/content/{id}/publish", null);
        var intoOtherSection = await czj.PostAsJsonAsync("/api/content", new
        {
            contentType = "Article", sectionId = jyjSection, title = "财政局不应能发到教育局栏目",
        });
        var latest = await ReadAsync(await jyj.GetAsync($"/api/content/{id}?version=latest"));

        Assert.Equal(HttpStatusCode.Forbidden, edit.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, publish.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, intoOtherSection.StatusCode);
        Assert.Equal("市教育局开展校园安全专项检查", latest["title"]!.GetValue<string>());
        Assert.Equal(1, latest["version"]!.GetValue<int>());
    }

    [Fact]
    public async Task BadInputNamesTheFieldAndSavesNothing()
    {
        var editor = await site.LoginAsync("editor");
        var notices = await site.SectionIdAsync("notices");
        var before = await CountAsync(editor, "/api/content?section=notices");

        var noTitle = await editor.PostAsJsonAsync("/api/content", new { contentType = "Notice", sectionId = notices, body = "<p>无标题</p>" });
        var script = await editor.PostAsJsonAsync("/api/content", new
        {
            contentType = "Notice", sectionId = notices, title = "含脚本的通知", body = "<p>hi</p><script>alert(1)</script>",
        });
        var unknownSection = await editor.PostAsJsonAsync("/api/content", new { contentType = "Notice", sectionId = "nosuchsection", title = "栏目不存在" });
        var badImportance = await editor.PostAsJsonAsync("/api/content", new { contentType = "Notice", sectionId = notices, title = "x", importance = "VeryHigh" });
        var badPage = await editor.GetAsync("/api/content?pageSize=1000");
        var badDate = await editor.GetAsync("/api/content?from=2026-13-01");

        await AssertFieldErrorAsync(noTitle, "title");
        await AssertFieldErrorAsync(script, "body");
        await AssertFieldErrorAsync(unknownSection, "sectionId");
        await AssertFieldErrorAsync(badImportance, "importance");
        await AssertFieldErrorAsync(badPage, "pageSize");
        await AssertFieldErrorAsync(badDate, "from");
        var admin = await ReadAsync(await editor.GetAsync("/api/content?section=notices"));
        Assert.Equal(before, admin["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task StaleIfMatchIsRefusedWithPreconditionFailed()
    {
        var editor = await site.LoginAsync("editor");
        var section = await site.SectionIdAsync("city-news");
        var created = await editor.PostAsJsonAsync("/api/content", new { contentType = "Article", sectionId = section, title = "并发修改测试" });
        var id = (await ReadAsync(created))["contentItemId"]!.GetValue<string>();
        var staleTag = (await editor.GetAsync($"/api/content/{id}?version=latest")).Headers.ETag!;
        await editor.PutAsJsonAsync($"/api/content/{id}", new { contentType = "Article", sectionId = section, title = "先保存的修改" });

        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/content/{id}")
        {
            Content = JsonContent.Create(new { contentType = "Article", sectionId = section, title = "后保存的修改" }),
        };
        request.Headers.IfMatch.Add(staleTag);
        var response = await editor.SendAsync(request);
        var latest = await ReadAsync(await editor.GetAsync($"/api/content/{id}?version=latest"));

        Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
        Assert.Equal("先保存的修改", latest["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task ContentTypesAreDescribedWithTheirFields()
    {
        var staff = await site.LoginAsync("staff");

        var types = JsonNode.Parse(await staff.GetStringAsync("/api/content-types"))!.AsArray();
        var speech = types.Single(t => t!["name"]!.GetValue<string>() == "Speech")!;

        Assert.Equal("领导讲话", speech["displayName"]!.GetValue<string>());
        Assert.Contains(speech["fields"]!.AsArray(), f => f!["name"]!.GetValue<string>() == "Speaker" && f["required"]!.GetValue<bool>());
    }

    private static async Task<string> PublishAsync(HttpClient editor, string type, string sectionId, string title, object? fields = null)
    {
        var created = await editor.PostAsJsonAsync("/api/content", new { contentType = type, sectionId, title, body = "<p>正文。</p>", fields });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await ReadAsync(created))["contentItemId"]!.GetValue<string>();
        var published = await editor.PostAsync($"/api/content/{id}/publish", null);
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        return id;
    }

    private static async Task<int> CountAsync(HttpClient client, string url) =>
        (await ReadAsync(await client.GetAsync(url)))["totalCount"]!.GetValue<int>();

    private static async Task<HttpResponseMessage> SendWithIfNoneMatchAsync(HttpClient client, string url, EntityTagHeaderValue tag)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.IfNoneMatch.Add(tag);
        return await client.SendAsync(request);
    }

    private static async Task AssertFieldErrorAsync(HttpResponseMessage response, string field)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var messages = problem.RootElement.GetProperty("errors").GetProperty(field);
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", messages[0].GetString()!);
    }

    private static async Task<JsonNode> ReadAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync()) ?? throw new InvalidOperationException("空响应。");
}
