using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using Anshun.Core.Organization;
using Anshun.Core.Search;
using Anshun.Core.Security;
using Anshun.Core.Users;
using Anshun.StaffDirectory.Search;
using Anshun.StaffDirectory.Services;
using Anshun.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Anshun.StaffDirectory.Tests.Search;

public sealed class DirectorySearchSourceTests(DirectorySearchSiteFactory site) : IClassFixture<DirectorySearchSiteFactory>
{
    private const string Source = DirectorySearchSource.SourceName;

    [Fact]
    public async Task TheIndexHoldsExactlyTheEntriesTheDirectoryPageLists()
    {
        // Other tests disable and move people: the page must read the directory afresh, not from its short cache.
        site.Time.Advance(DirectorySnapshotCache.Lifetime + TimeSpan.FromSeconds(1));
        var staff = await site.LoginAsync("staff");
        var page = await staff.SearchAsync("pageSize=100");
        Assert.True(page.GetProperty("total").GetInt32() <= 100, "演示通讯录超过一页，测试需要翻页。");
        var listed = page.Items().Select(i => DirectoryEntryKey.Format(i.GetProperty("userId").GetString()!, i.GetProperty("unitId").GetString()!)).ToList();

        var documents = await site.ReadAllAsync();
        var keys = documents.Select(d => d.Key).ToList();

        Assert.Equal(listed.Order(StringComparer.Ordinal), keys);
        Assert.Equal(keys.Count, await site.WithSourceAsync((source, _) => source.CountAsync()));
        Assert.Equal(keys.Skip(3), (await site.ReadAllAsync(keys[2])).Select(d => d.Key));
        Assert.DoesNotContain(documents, d => d.Title == "赵停用");
        Assert.All(documents, d => Assert.Equal((Source, DirectorySearchDocumentBuilder.DocumentType), (d.Source, d.Type)));
    }

    [Fact]
    public async Task AnEntryCarriesNameUnitPathPositionPhonesPinyinAndTheDirectoryFacet()
    {
        var userId = await UserIdAsync("zhangsan");
        var jyj = await UnitAsync("JYJ");
        var key = DirectoryEntryKey.Format(userId, jyj.Id);

        var document = await site.LoadAsync(key);

        Assert.NotNull(document);
        Assert.Equal((Source, key, "Person", "张三"), (document.Source, document.Key, document.Type, document.Title));
        Assert.Equal("/directory?unit=JYJ&includeSubUnits=false&q=%E5%BC%A0%E4%B8%89", document.Url);
        Assert.Equal("安顺市教育局 科员；办公电话：0851-33226188；电子邮箱：zhangsan@anshun.gov.cn", document.Summary);
        Assert.Equal([new SearchField("单位", "安顺市人民政府 / 安顺市教育局"), new SearchField("拼音", "zhangsan zs zhang san")], document.Fields);
        Assert.Equal([new SearchFacet("type", "Person", "通讯录"), new SearchFacet("unit", "JYJ", "安顺市教育局")], document.Facets);
        Assert.Equal(SecretLevel.Public, document.SecretLevel);
        Assert.Empty(document.Access.Gates);
        Assert.Empty(document.Access.Bypass);

        // The hit leads to the directory page, filtered to the person, which a reader can open.
        var staff = await site.LoginAsync("staff");
        var response = await staff.GetAsync(document.Url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("张三", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("staff")]
    [InlineData("leader")]
    [InlineData("czj_editor")]
    [InlineData("auditor")]
    [InlineData("zhangsan")]
    public async Task WhoeverMayOpenTheDirectoryMayFindItsEntries(string userName)
    {
        var document = (await site.ReadAllAsync()).First(d => d.Title == "单雄信");
        var client = await site.LoginAsync(userName, userName == "zhangsan" ? "Tongxun#2026a" : null);

        var page = await client.GetAsync("/directory");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.True(Opens(document.Access, await TermsOfAsync(userName), signedIn: true), $"{userName} 能打开通讯录，却检索不到通讯录条目。");
    }

    [Fact]
    public async Task NobodySignedOutMayOpenTheDirectoryOrFindItsEntries()
    {
        var document = (await site.ReadAllAsync()).First(d => d.Title == "单雄信");
        var anonymous = site.CreateAnonymousClient();

        var page = await anonymous.GetAsync("/directory");
        var api = await anonymous.GetAsync("/api/directory?q=单雄信");

        Assert.NotEqual(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
        Assert.False(Opens(document.Access, new HashSet<string>(), signedIn: false));
    }

    [Theory]
    [InlineData("sameUnit")]
    [InlineData("nobody")]
    [InlineData("everyone")]
    public async Task AMobileIsIndexedOnlyWhenEveryReaderOfTheDirectorySeesIt(string visibility)
    {
        const string mobile = "13800000003";
        var owner = await site.LoginAsync("shanxx", "Tongxun#2026a");
        var userId = await UserIdAsync("shanxx");
        var key = DirectoryEntryKey.Format(userId, (await UnitAsync("SZFB-MSK")).Id);
        var before = site.Queue.Tasks.Count(t => t == ("scope", Source, DirectorySearchSource.UserScope(userId)));

        Assert.Equal(HttpStatusCode.OK, (await owner.SetPrivacyAsync(visibility)).StatusCode);

        Assert.Equal(before + 1, site.Queue.Tasks.Count(t => t == ("scope", Source, DirectorySearchSource.UserScope(userId))));
        Assert.Contains(key, await site.WithSourceAsync((source, _) => source.KeysInScopeAsync(DirectorySearchSource.UserScope(userId))));
        var everyoneSees = true;
        foreach (var viewer in new[] { "staff", "editor", "leader", "czj_editor" })
        {
            var listing = (await (await site.LoginAsync(viewer)).SearchAsync("q=单雄信")).Person("单雄信");
            everyoneSees &= listing.GetProperty("mobile").GetString() == mobile;
        }

        var document = (await site.LoadAsync(key))!;
        var text = AllText(document);
        Assert.Equal(everyoneSees, text.Contains(mobile, StringComparison.Ordinal));
        Assert.Equal(visibility == "everyone", everyoneSees);
        Assert.DoesNotContain("1380000000", text.Replace(mobile, "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EditingAPersonEnqueuesTheirEntriesWhichShowTheNewValues()
    {
        var admin = await site.LoginAsync("admin");
        var userId = await UserIdAsync("zengsl");

        var response = await admin.PutAsJsonAsync($"/api/users/{userId}", new
        {
            userName = "zengsl",
            displayName = "曾少林",
            email = "zengshaolin@asjyj.gov.cn",
            officePhone = "0851-33226102",
            roles = new[] { "Staff" },
            units = new[] { new { unit = "JYJ", position = "办公室主任", primary = true } },
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(("scope", Source, DirectorySearchSource.UserScope(userId)), site.Queue.Tasks);
        var keys = await site.WithSourceAsync((source, _) => source.KeysInScopeAsync(DirectorySearchSource.UserScope(userId)));
        var document = (await site.LoadAsync(Assert.Single(keys)))!;
        Assert.Equal("安顺市教育局 办公室主任；办公电话：0851-33226102；电子邮箱：zengshaolin@asjyj.gov.cn", document.Summary);
        Assert.Contains(new SearchField("拼音", "zengshaolin zsl zeng shao lin"), document.Fields);
    }

    [Fact]
    public async Task ADisabledPersonIsEnqueuedAndCanNoLongerBeFound()
    {
        var admin = await site.LoginAsync("admin");
        var userId = await UserIdAsync("zhangwei");
        var key = DirectoryEntryKey.Format(userId, (await UnitAsync("CZJ")).Id);
        var scope = ("scope", Source, DirectorySearchSource.UserScope(userId));
        var before = site.Queue.Tasks.Count(t => t == scope);
        Assert.NotNull(await site.LoadAsync(key));

        var disabled = await admin.PostAsync($"/api/users/{userId}/disable", null);

        Assert.Equal(HttpStatusCode.OK, disabled.StatusCode);
        Assert.Equal(before + 1, site.Queue.Tasks.Count(t => t == scope));
        Assert.Equal([key], await site.WithSourceAsync((source, _) => source.KeysInScopeAsync(DirectorySearchSource.UserScope(userId))));
        Assert.Null(await site.LoadAsync(key));
        Assert.DoesNotContain(key, (await site.ReadAllAsync()).Select(d => d.Key));

        var enabled = await admin.PostAsync($"/api/users/{userId}/enable", null);

        Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
        Assert.Equal(before + 2, site.Queue.Tasks.Count(t => t == scope));
        Assert.NotNull(await site.LoadAsync(key));
    }

    [Fact]
    public async Task MovingAPersonEnqueuesTheEntryLeftWhichVanishesAndTheEntryJoined()
    {
        var admin = await site.LoginAsync("admin");
        var userId = await UserIdAsync("xiexd");
        var left = DirectoryEntryKey.Format(userId, (await UnitAsync("SZFB")).Id);
        var joined = DirectoryEntryKey.Format(userId, (await UnitAsync("FGW")).Id);

        var moved = await admin.PostAsJsonAsync($"/api/users/{userId}/move", new { units = new[] { new { unit = "FGW", position = "副主任", primary = true } } });

        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        Assert.Contains(("document", Source, left), site.Queue.Tasks);
        Assert.Contains(("document", Source, joined), site.Queue.Tasks);
        Assert.Null(await site.LoadAsync(left));
        Assert.Equal("安顺市发展和改革委员会 副主任", (await site.LoadAsync(joined))!.Summary!.Split('；')[0]);
    }

    [Fact]
    public async Task RenamingAUnitEnqueuesItsScopeCoveringThePeopleBelowIt()
    {
        var admin = await site.LoginAsync("admin");
        var szfb = await UnitAsync("SZFB");
        var shan = DirectoryEntryKey.Format(await UserIdAsync("shanxx"), (await UnitAsync("SZFB-MSK")).Id);

        var renamed = await admin.PutAsJsonAsync($"/api/org/units/{szfb.Id}", new
        {
            code = "SZFB",
            name = "安顺市人民政府办公厅",
            shortName = "市政府办公厅",
            kind = "Office",
        });

        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        Assert.Contains(("scope", Source, DirectorySearchSource.UnitScope(szfb.Id)), site.Queue.Tasks);
        Assert.Contains(shan, await site.WithSourceAsync((source, _) => source.KeysInScopeAsync(DirectorySearchSource.UnitScope(szfb.Id))));
        var document = (await site.LoadAsync(shan))!;
        Assert.Equal(new SearchField("单位", "安顺市人民政府 / 安顺市人民政府办公厅 / 安顺市人民政府办公室秘书科"), document.Fields[0]);
    }

    [Fact]
    public async Task MovingAUnitEnqueuesItsScopeAndItsPeopleShowTheNewPath()
    {
        var admin = await site.LoginAsync("admin");
        var czj = await UnitAsync("CZJ");
        var zhangLi = DirectoryEntryKey.Format(await UserIdAsync("czj_editor"), czj.Id);

        var moved = await admin.PostAsJsonAsync($"/api/org/units/{czj.Id}/move", new { parentId = "XXQ" });

        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        Assert.Contains(("scope", Source, DirectorySearchSource.UnitScope(czj.Id)), site.Queue.Tasks);
        Assert.Contains(zhangLi, await site.WithSourceAsync((source, _) => source.KeysInScopeAsync(DirectorySearchSource.UnitScope(czj.Id))));
        Assert.Equal(new SearchField("单位", "安顺市人民政府 / 安顺市西秀区人民政府 / 安顺市财政局"), (await site.LoadAsync(zhangLi))!.Fields[0]);
    }

    [Theory]
    [InlineData("not-a-key")]
    [InlineData("/")]
    [InlineData("nobody/nowhere")]
    public async Task AKeyThatNamesNoEntryLoadsNothing(string key)
    {
        Assert.Null(await site.LoadAsync(key));
    }

    [Fact]
    public async Task AnUnknownScopeHasNoKeys()
    {
        Assert.Empty(await site.WithSourceAsync((source, _) => source.KeysInScopeAsync("section:abc")));
    }

    /// <summary>The index's rule: anonymous callers are refused before the query; else a bypass term or every gate.</summary>
    private static bool Opens(SearchAccess access, IReadOnlySet<string> terms, bool signedIn) =>
        signedIn && (access.Bypass.Any(p => terms.Contains(p.Term)) || access.Gates.All(g => g.Any(p => terms.Contains(p.Term))));

    /// <summary>Everything of a document the index can find or show.</summary>
    private static string AllText(SearchDocument document) => string.Join('\n',
        new[] { document.Title, document.Url, document.Summary ?? "", document.Body ?? "" }
            .Concat(document.Fields.Select(f => f.Label + f.Text))
            .Concat(document.Facets.Select(f => f.Value + f.Label))
            .Concat(document.DocumentNumbers)
            .Concat(document.Attachments.Select(a => a.FileName)));

    private Task<string> UserIdAsync(string userName) =>
        site.WithSourceAsync(async (_, sp) => (await sp.GetRequiredService<IUserDirectory>().FindByNameAsync(userName))!.Id);

    private Task<OrgUnitInfo> UnitAsync(string code) =>
        site.WithSourceAsync(async (_, sp) => (await sp.GetRequiredService<IOrganizationService>().FindUnitAsync(code))!);

    private Task<IReadOnlySet<string>> TermsOfAsync(string userName) => site.WithSourceAsync(async (_, sp) =>
    {
        var user = (await sp.GetRequiredService<IUserDirectory>().FindByNameAsync(userName))!;
        var principal = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, user.Id), new Claim(ClaimTypes.Name, user.UserName)], "Test"));
        return SearchPrincipal.Of(await sp.GetRequiredService<IAccessSubjectResolver>().ResolveAsync(principal));
    });
}
