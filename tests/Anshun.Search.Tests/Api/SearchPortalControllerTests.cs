using System.Net;
using System.Text.Json.Nodes;
using Anshun.Core.Recipes;
using Anshun.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Anshun.Search.Tests.Api;

public sealed class SearchPortalControllerTests(SearchPortalSiteFactory site) : IClassFixture<SearchPortalSiteFactory>
{
    [Fact]
    public async Task AnonymousVisitorsAreSentToSignIn()
    {
        var response = await site.CreateAnonymousClient().GetAsync("/search?q=黄果树");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/login", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task ThePageShowsHighlightedHitsFacetsAndTheHeaderSearchBox()
    {
        await site.PutAsync("page-1", "织金洞景区提质改造方案", "织金洞景区游客中心改造<script>alert(1)</script>工程。");
        await site.IndexUntilFoundAsync("织金洞", "page-1");
        var staff = await site.LoginAsync("staff");

        var html = await (await staff.GetAsync("/search?q=织金洞")).Content.ReadAsStringAsync();

        Assert.Contains("<a href=\"/fake/page-1\"><mark>织金洞</mark>景区提质改造方案</a>", html);
        Assert.Contains("<mark>织金洞</mark>景区游客中心改造&lt;script&gt;", html);
        Assert.DoesNotContain("<script>alert(1)</script>", html);
        Assert.Contains("共找到 1 条结果。", html);
        Assert.Contains(">内容类型</h2>", html);
        Assert.Contains("id=\"portal-search-q\"", html);
    }

    [Fact]
    public async Task WhereSearchIsTurnedOffThereIsNoHeaderBoxNoPageAndItsPermissionIsRefusedByName()
    {
        // The default recipe turns search on; a site whose administrator turned it off shows neither box nor page,
        // and the default recipe's roles, which grant Search.Manage, are refused there naming the permission.
        AnshunSiteFactory withoutSearch = new("anshun-demo");
        try
        {
            var admin = await withoutSearch.LoginAsync("admin");
            Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync("/api/modules/Anshun.Search/disable", null)).StatusCode);
            withoutSearch = await withoutSearch.RestartAsync();
            var staffWithout = await withoutSearch.LoginAsync("staff");
            var staffWith = await site.LoginAsync("staff");

            var without = await (await staffWithout.GetAsync("/")).Content.ReadAsStringAsync();
            var with = await (await staffWith.GetAsync("/")).Content.ReadAsStringAsync();

            Assert.DoesNotContain("id=\"portal-search-q\"", without);
            Assert.Equal(HttpStatusCode.NotFound, (await staffWithout.GetAsync("/search?q=安顺")).StatusCode);
            Assert.Contains("<form class=\"portal-search", with);
            Assert.Contains("action=\"/search\" role=\"search\"", with);

            await using var scope = withoutSearch.Services.CreateAsyncScope();
            var portal = scope.ServiceProvider.GetRequiredService<IRecipeHarvester>().Find("anshun-portal")!;
            var roles = new RecipeDescriptor
            {
                Name = "portal-roles",
                FilePath = portal.FilePath,
                Steps = [portal.Steps.OfType<JsonObject>().Single(s => s["name"]?.GetValue<string>() == "roles").DeepClone()],
            };
            var refused = await Assert.ThrowsAsync<RecipeException>(() => scope.ServiceProvider.GetRequiredService<IRecipeExecutor>().ExecuteAsync(roles));
            Assert.Contains("权限“Search.Manage”不存在（未声明或所属模块未启用）", refused.Message);
        }
        finally
        {
            await withoutSearch.DisposeAsync();
        }
    }

    [Fact]
    public async Task WithoutAQueryThePageAsksForOne()
    {
        var staff = await site.LoginAsync("staff");

        var response = await staff.GetAsync("/search");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("请输入检索词。", html);
        Assert.DoesNotContain("请输入要搜索的内容。", html);
    }

    [Fact]
    public async Task ABadDateIsShownAtItsField()
    {
        var staff = await site.LoginAsync("staff");

        var html = await (await staff.GetAsync("/search?q=安顺&from=2026-02-30")).Content.ReadAsStringAsync();

        Assert.Contains("id=\"search-from-error\">起始日期格式应为 yyyy-MM-dd，例如 2026-11-01。</div>", html);
        Assert.DoesNotContain("共找到", html);
    }

    [Fact]
    public async Task NothingFoundOffersAShorterQuery()
    {
        await site.PutAsync("page-2", "普定县梭筛桃花节活动安排", "梭筛村桃花节。");
        await site.IndexUntilFoundAsync("梭筛", "page-2");
        var staff = await site.LoginAsync("staff");

        var html = await (await staff.GetAsync("/search?q=" + Uri.EscapeDataString("梭筛 潜水艇"))).Content.ReadAsStringAsync();

        Assert.Contains("没有找到与“梭筛 潜水艇”相关的内容。", html);
        Assert.Contains("去掉“潜水艇”后有 1 条结果", html);
    }
}
