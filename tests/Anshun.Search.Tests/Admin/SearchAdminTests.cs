using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Anshun.Search.Admin;
using Anshun.Search.Data;
using Anshun.Search.Tests.Indexing;
using Anshun.Testing;
using Microsoft.EntityFrameworkCore;

namespace Anshun.Search.Tests.Admin;

/// <summary>全文检索 administration (/admin/search, /api/search/status, /api/search/rebuild) belongs to holders of Search.Manage.</summary>
public sealed class SearchAdminTests(SearchSiteFactory site) : IClassFixture<SearchSiteFactory>
{
    [Fact]
    public async Task StaffIsRefusedThePageTheStatusAndTheRebuild()
    {
        var rebuilds = await RebuildTasksAsync();
        var staff = await site.LoginAsync("staff");

        var page = await staff.GetAsync("/admin/search");
        var nodes = await staff.GetAsync("/admin/search/nodes");
        var formPost = await staff.PostAsync("/admin/search/rebuild", new FormUrlEncodedContent([]));
        Assert.True(IsRefusedPage(page), $"GET /admin/search: {(int)page.StatusCode}");
        Assert.True(IsRefusedPage(nodes), $"GET /admin/search/nodes: {(int)nodes.StatusCode}");
        Assert.DoesNotContain("node1", await nodes.Content.ReadAsStringAsync());
        Assert.True(IsRefusedPage(formPost), $"POST /admin/search/rebuild: {(int)formPost.StatusCode}");
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync("/api/search/status")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.PostAsync("/api/search/rebuild", null)).StatusCode);
        Assert.Equal(rebuilds, await RebuildTasksAsync());
    }

    [Fact]
    public async Task AnonymousCallerIsUnauthorizedOnTheApi()
    {
        var anonymous = site.CreateAnonymousClient();

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/search/status")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync("/api/search/rebuild", null)).StatusCode);
    }

    [Fact]
    public async Task AdministratorSeesEachNodesIndexStatus()
    {
        var admin = await site.LoginAsync("admin");

        var html = await admin.GetStringAsync("/admin/search");
        var status = await admin.GetFromJsonAsync<JsonElement>("/api/search/status");

        Assert.Contains("重建索引", html);
        Assert.Contains("data-node=\"node1\"", html);
        var node = status.GetProperty("nodes").EnumerateArray().Single(n => n.GetProperty("nodeName").GetString() == "node1");
        Assert.StartsWith(Path.Combine(site.AppData, "search", "node1"), node.GetProperty("directory").GetString());
        Assert.True(node.GetProperty("pendingTasks").GetInt32() >= 0);
        Assert.Contains(node.GetProperty("state").GetString(), new[] { "正常", "重建中" });
    }

    [Fact]
    public async Task RebuildButtonQueuesARebuildForEveryNodeAndIsAudited()
    {
        var admin = await site.LoginAsync("admin");
        var before = await RebuildTasksAsync();
        var token = await admin.GetFormTokenAsync("/admin/search");

        var response = await admin.PostAsync("/admin/search/rebuild",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var rebuilds = await SearchTestKit.DbAsync(site.Services, db => db.Tasks.Where(t => t.Kind == SearchTaskKind.Rebuild).ToListAsync());
        Assert.Equal(before + 1, rebuilds.Count);
        Assert.Contains(rebuilds, t => t.Scope is null);
        var audit = await (await site.LoginAsync("auditor")).GetFromJsonAsync<JsonElement>($"/api/audit?type={SearchAuditEvents.RebuildRequested}&take=100");
        var record = audit.GetProperty("items").EnumerateArray().First();
        Assert.Equal("admin", record.GetProperty("userName").GetString());
    }

    [Fact]
    public async Task RebuildApiAnswersWithTheTaskAndTheNodeRebuilds()
    {
        var admin = await site.LoginAsync("admin");

        var response = await admin.PostAsync("/api/search/rebuild", null);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var taskId = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("taskId").GetInt64();
        await SearchTestKit.WaitUntilAsync(site.Time, () => SearchTestKit.Node(site.Services).Cursor is { Rebuild: null } cursor && cursor.High >= taskId,
            what: "重建完成");
        Assert.Equal(SearchTestKit.Node(site.Services).BuildingDirectory(taskId), SearchTestKit.Node(site.Services).GetStatus().Directory);
    }

    private static bool IsRefusedPage(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Forbidden
        || response.StatusCode == HttpStatusCode.Redirect
            && response.Headers.Location?.OriginalString.Contains("/access-denied", StringComparison.Ordinal) == true;

    private Task<int> RebuildTasksAsync() => SearchTestKit.TaskCountAsync(site.Services, SearchTaskKind.Rebuild);
}
