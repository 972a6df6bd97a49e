using System.Net;
using System.Text.Json;
using Anshun.Core.Data;
using Anshun.Core.Users;
using Anshun.Search.Data;
using Anshun.StaffDirectory.Models;
using Anshun.StaffDirectory.Search;
using Anshun.StaffDirectory.Services;
using Anshun.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Anshun.StaffDirectory.Tests.Search;

public sealed class DirectorySearchIndexTests(DirectorySearchIndexSiteFactory site) : IClassFixture<DirectorySearchIndexSiteFactory>
{
    [Theory]
    [InlineData("张三")]
    [InlineData("zhangsan")]
    [InlineData("zs")]
    [InlineData("0851-33226188")]
    public async Task APersonIsFoundByNamePinyinAndOfficePhone(string query)
    {
        var staff = await site.LoginAsync("czj_editor");

        var result = await site.SearchUntilAsync(staff, "type=Person&q=" + Uri.EscapeDataString(query), r => Titles(r).Contains("张三"));

        var hit = result.GetProperty("hits").EnumerateArray().First(h => h.GetProperty("title").GetString() == "张三");
        Assert.Equal(("directory", "Person"), (hit.GetProperty("source").GetString(), hit.GetProperty("type").GetString()));
        Assert.StartsWith("/directory?unit=JYJ&", hit.GetProperty("url").GetString());
        var type = Assert.Single(result.GetProperty("facets").GetProperty("type").EnumerateArray());
        Assert.Equal(("Person", "通讯录"), (type.GetProperty("value").GetString(), type.GetProperty("label").GetString()));
    }

    [Fact]
    public async Task ThePeopleOfAUnitAreFoundByItsName()
    {
        var staff = await site.LoginAsync("staff");

        var result = await site.SearchUntilAsync(staff, "type=Person&pageSize=50&q=" + Uri.EscapeDataString("教育局"), r => Titles(r).Contains("张三"));

        // 张三, 曾少林, 李明 and 周建国 work at the 教育局; 赵停用 is disabled and 张伟 works elsewhere.
        var titles = Titles(result);
        Assert.Superset(new HashSet<string> { "张三", "曾少林", "李明", "周建国" }, titles.ToHashSet());
        Assert.DoesNotContain("赵停用", titles);
        Assert.DoesNotContain("张伟", titles);
    }

    [Fact]
    public async Task AMobileShownOnlyToTheUnitIsNotFoundEvenByAColleague()
    {
        var colleague = await site.LoginAsync("staff");
        await site.SearchUntilAsync(colleague, "type=Person&q=" + Uri.EscapeDataString("张三"), r => Titles(r).Contains("张三"));

        // The directory page shows the colleague the number (本单位), the shared index never holds it.
        Assert.Contains("张三", (await colleague.SearchAsync("q=" + DirectoryTestData.ZhangSanMobile)).Names());
        var search = await (await colleague.GetAsync("/api/search?q=" + DirectoryTestData.ZhangSanMobile)).JsonAsync();
        Assert.Equal(0, search.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task ADisabledPersonDisappearsFromTheResults()
    {
        var admin = await site.LoginAsync("admin");
        var reader = await site.LoginAsync("leader");
        await site.SearchUntilAsync(reader, "type=Person&q=" + Uri.EscapeDataString("解晓东"), r => Titles(r).Contains("解晓东"));
        var users = await (await admin.GetAsync("/api/users?q=xiexd")).JsonAsync();
        var id = users.GetProperty("items")[0].GetProperty("id").GetString();

        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/api/users/{id}/disable", null)).StatusCode);

        await site.SearchUntilAsync(reader, "type=Person&q=" + Uri.EscapeDataString("解晓东"), r => !Titles(r).Contains("解晓东"));
    }

    [Fact]
    public async Task APrivacyChangeWritesItsIndexTaskInItsOwnTransaction()
    {
        string scope;
        int before;
        await using (var services = site.Services.CreateAsyncScope())
        {
            var userId = (await services.ServiceProvider.GetRequiredService<IUserDirectory>().FindByNameAsync("zengsl"))!.Id;
            scope = DirectorySearchSource.UserScope(userId);
            before = await TaskCountAsync(scope);
            var session = services.ServiceProvider.GetRequiredService<IDataSession>();
            await using var transaction = await session.BeginTransactionAsync();
            await services.ServiceProvider.GetRequiredService<DirectoryPreferenceStore>().SetAsync(userId, MobileVisibility.Everyone);

            // Disposed without commit: the choice and its index task are rolled back together.
        }

        Assert.Equal(before, await TaskCountAsync(scope));

        var owner = await site.LoginAsync("zengsl", "Tongxun#2026a");
        Assert.Equal(HttpStatusCode.OK, (await owner.SetPrivacyAsync("everyone")).StatusCode);

        Assert.Equal(before + 1, await TaskCountAsync(scope));
    }

    [Fact]
    public async Task AnonymousCallersCannotSearchTheDirectory()
    {
        var response = await site.CreateAnonymousClient().GetAsync("/api/search?q=" + Uri.EscapeDataString("张三"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private async Task<int> TaskCountAsync(string scope)
    {
        await using var services = site.Services.CreateAsyncScope();
        return await services.ServiceProvider.GetRequiredService<SearchDbContext>().Tasks
            .CountAsync(t => t.Source == DirectorySearchSource.SourceName && t.Scope == scope);
    }

    private static List<string> Titles(JsonElement result) =>
        result.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("title").GetString()!).ToList();
}
