using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Anshun.Testing;

namespace Anshun.Contents.Tests.Sections;

public sealed class SectionApiTests(SectionSiteFactory factory) : IClassFixture<SectionSiteFactory>
{
    [Fact]
    public async Task AnonymousCallersGet401()
    {
        var client = factory.CreateAnonymousClient();

        var list = await client.GetAsync("/api/sections");
        var create = await client.PostAsJsonAsync("/api/sections", new { code = "anon", name = "匿名" });

        Assert.Equal(HttpStatusCode.Unauthorized, list.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, create.StatusCode);
    }

    [Fact]
    public async Task StaffReadTheTreeWithoutTheRestrictedSection()
    {
        var staff = await factory.LoginAsync("staff");
        var leader = await factory.LoginAsync("leader");

        var staffTree = await staff.GetFromJsonAsync<JsonElement>("/api/sections");
        var staffCodes = Codes(staffTree);
        var leaderCodes = Codes(await leader.GetFromJsonAsync<JsonElement>("/api/sections"));
        var direct = await staff.GetAsync("/api/sections/speeches-internal");

        Assert.Equal(["notices", "city-news", "dept-news", "county-news", "speeches", "shared-files", "downloads"],
            staffTree.EnumerateArray().Select(s => s.GetProperty("code").GetString()).ToList());
        Assert.Contains("dept-jyj", staffCodes);
        Assert.Contains("county-xxq", staffCodes);
        Assert.DoesNotContain("speeches-internal", staffCodes);
        Assert.Contains("speeches-internal", leaderCodes);
        Assert.Equal(HttpStatusCode.NotFound, direct.StatusCode);
    }

    [Fact]
    public async Task TheTreeSaysWhereTheCallerMayEdit()
    {
        var jyjEditor = await factory.LoginAsync("jyj_editor");

        var tree = await jyjEditor.GetFromJsonAsync<JsonElement>("/api/sections/dept-news");

        var children = tree.GetProperty("children").EnumerateArray().ToDictionary(c => c.GetProperty("code").GetString()!);
        Assert.True(children["dept-jyj"].GetProperty("canEdit").GetBoolean());
        Assert.False(children["dept-czj"].GetProperty("canEdit").GetBoolean());
        Assert.True(children["dept-jyj"].GetProperty("requiresReview").GetBoolean());
        Assert.Equal(JsonValueKind.Null, tree.GetProperty("editors").ValueKind);
    }

    [Fact]
    public async Task StaffAndEditorsAreRefusedChanges()
    {
        var staff = await factory.LoginAsync("staff");
        var editor = await factory.LoginAsync("editor");

        var post = await staff.PostAsJsonAsync("/api/sections", new { code = "staff-made", name = "工作人员栏目" });
        var editorPost = await editor.PostAsJsonAsync("/api/sections", new { code = "editor-made", name = "编辑栏目" });
        var put = await staff.PutAsJsonAsync("/api/sections/notices", new { code = "notices", name = "改名" });
        var delete = await staff.DeleteAsync("/api/sections/notices");

        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, editorPost.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, put.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, delete.StatusCode);
        var notices = await staff.GetFromJsonAsync<JsonElement>("/api/sections/notices");
        Assert.Equal("电子公告", notices.GetProperty("name").GetString());
    }

    [Fact]
    public async Task TheAdministratorCreatesRestrictsUpdatesAndDeletesASection()
    {
        var admin = await factory.LoginAsync("admin");
        var staff = await factory.LoginAsync("staff");

        var created = await admin.PostAsJsonAsync("/api/sections", new
        {
            code = "jyj-internal",
            name = "教育局内部通知",
            parent = "dept-jyj",
            ownerUnit = "JYJ",
            requiresReview = true,
            contentTypes = new[] { "Notice" },
            editors = new[] { new { kind = "User", value = "jyj_editor" } },
            reviewers = new[] { new { kind = "UnitRole", value = "JYJ", role = "DepartmentReviewer" } },
            readers = new[] { new { kind = "Unit", value = "JYJ" } },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = body.GetProperty("id").GetString();
        Assert.Contains("李明", body.GetProperty("editors")[0].GetProperty("label").GetString());
        Assert.Contains("/api/sections/" + id, created.Headers.Location!.ToString());

        Assert.Contains("jyj-internal", Codes(await staff.GetFromJsonAsync<JsonElement>("/api/sections")));
        var czj = await factory.LoginAsync("czj_editor");
        Assert.DoesNotContain("jyj-internal", Codes(await czj.GetFromJsonAsync<JsonElement>("/api/sections")));

        var updated = await admin.PutAsJsonAsync($"/api/sections/{id}", new { code = "jyj-internal", name = "教育局内部信息", parent = "dept-jyj" });
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Contains("jyj-internal", Codes(await czj.GetFromJsonAsync<JsonElement>("/api/sections")));

        var deleted = await admin.DeleteAsync($"/api/sections/{id}");
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/sections/{id}")).StatusCode);
    }

    [Theory]
    [InlineData("Bad Code", "栏目名", null, "code")]
    [InlineData("notices", "重复代码", null, "code")]
    [InlineData("no-name", "", null, "name")]
    [InlineData("orphan", "无上级", "no-such-parent", "parent")]
    public async Task BadInputIsRefusedNamingTheField(string code, string name, string? parent, string field)
    {
        var admin = await factory.LoginAsync("admin");

        var response = await admin.PostAsJsonAsync("/api/sections", new { code, name, parent });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        Assert.DoesNotContain(code, Codes(await admin.GetFromJsonAsync<JsonElement>("/api/sections?all=true")).Where(c => c != "notices"));
    }

    [Fact]
    public async Task AnUnknownPrincipalIsRefused()
    {
        var admin = await factory.LoginAsync("admin");

        var response = await admin.PostAsJsonAsync("/api/sections", new
        {
            code = "ghost-rules",
            name = "无效授权",
            editors = new[] { new { kind = "User", value = "nobody_here" } },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("nobody_here", problem.GetProperty("errors").GetProperty("editors")[0].GetString());
    }

    private static List<string> Codes(JsonElement tree)
    {
        var codes = new List<string>();
        void Walk(JsonElement nodes)
        {
            foreach (var node in nodes.EnumerateArray())
            {
                codes.Add(node.GetProperty("code").GetString()!);
                Walk(node.GetProperty("children"));
            }
        }

        Walk(tree);
        return codes;
    }
}
