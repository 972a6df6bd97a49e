using System.Net;
using Anshun.Testing;

namespace Anshun.StaffDirectory.Tests.Api;

public sealed class DirectorySearchApiTests(DirectorySiteFactory site) : IClassFixture<DirectorySiteFactory>
{
    [Theory]
    [InlineData("/api/directory")]
    [InlineData("/api/directory/export?format=csv")]
    [InlineData("/api/directory/privacy")]
    public async Task AnonymousIsRefused(string url)
    {
        var response = await site.CreateAnonymousClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task AnonymousCannotChangePrivacy()
    {
        var response = await site.CreateAnonymousClient().SetPrivacyAsync("everyone");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task FindsAPersonByName()
    {
        var staff = await site.LoginAsync("staff");

        var page = await staff.SearchAsync("q=" + Uri.EscapeDataString("李明"));

        var person = page.Person("李明");
        Assert.Equal("安顺市教育局", person.GetProperty("unitName").GetString());
        Assert.Equal("办公室信息员", person.GetProperty("position").GetString());
        Assert.Equal("0851-33226120", person.GetProperty("officePhone").GetString());
        Assert.Equal("liming@asjyj.gov.cn", person.GetProperty("email").GetString());
    }

    [Fact]
    public async Task ZhangFindsEveryoneSurnamedZhang()
    {
        var staff = await site.LoginAsync("staff");

        var page = await staff.SearchAsync("q=zhang");

        Assert.Equal(new[] { "张丽", "张三", "张伟" }.Order(), page.Names().Order());
    }

    [Theory]
    [InlineData("zhangsan", "张三")]
    [InlineData("zs", "张三")]
    [InlineData("shanxiongxin", "单雄信")]
    [InlineData("danxiongxin", "单雄信")]
    [InlineData("sxx", "单雄信")]
    [InlineData("xiexiaodong", "解晓东")]
    [InlineData("zengshaolin", "曾少林")]
    [InlineData("yf", "杨帆")]
    public async Task FindsByPinyinAndInitials(string query, string expected)
    {
        var staff = await site.LoginAsync("staff");

        var page = await staff.SearchAsync("q=" + query);

        Assert.Contains(expected, page.Names());
        Assert.DoesNotContain("李明", page.Names());
    }

    [Fact]
    public async Task FindsByUnitName()
    {
        var staff = await site.LoginAsync("staff");

        var page = await staff.SearchAsync("q=" + Uri.EscapeDataString("财政局"));

        Assert.Equal(["张丽", "张伟"], page.Names().Order());
    }

    [Fact]
    public async Task FindsByOfficePhone()
    {
        var staff = await site.LoginAsync("staff");

        var page = await staff.SearchAsync("q=0851-33224031");

        Assert.Equal(["张丽"], page.Names());
    }

    [Fact]
    public async Task ListsAUnitWithOrWithoutItsSubUnits()
    {
        var staff = await site.LoginAsync("staff");

        var czj = await staff.SearchAsync("unit=CZJ");
        var withSubUnits = await staff.SearchAsync("unit=SZFB");
        var withoutSubUnits = await staff.SearchAsync("unit=SZFB&includeSubUnits=false");

        Assert.Equal(["张丽", "张伟"], czj.Names().Order());
        Assert.Contains("单雄信", withSubUnits.Names());
        Assert.Contains("王晓燕", withSubUnits.Names());
        Assert.DoesNotContain("单雄信", withoutSubUnits.Names());
        Assert.Contains("王晓燕", withoutSubUnits.Names());
    }

    [Fact]
    public async Task DisabledUsersAreNotListed()
    {
        var staff = await site.LoginAsync("staff");

        var byName = await staff.SearchAsync("q=" + Uri.EscapeDataString("赵停用"));
        var unit = await staff.SearchAsync("unit=JYJ&pageSize=100");

        Assert.Empty(byName.Items());
        Assert.DoesNotContain("赵停用", unit.Names());
        Assert.Contains("张三", unit.Names());
    }

    [Fact]
    public async Task PagesThroughResults()
    {
        var staff = await site.LoginAsync("staff");

        var all = await staff.SearchAsync("unit=JYJ&pageSize=100");
        var second = await staff.SearchAsync("unit=JYJ&pageSize=2&page=2");

        Assert.Equal(all.GetProperty("total").GetInt32(), second.GetProperty("total").GetInt32());
        Assert.Equal(2, second.GetProperty("page").GetInt32());
        Assert.Equal(all.Names().Skip(2).Take(2), second.Names());
    }

    [Theory]
    [InlineData("unit=NOSUCHUNIT", "unit")]
    [InlineData("pageSize=101", "pageSize")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("page=abc", "page")]
    [InlineData("includeSubUnits=maybe", "includeSubUnits")]
    public async Task BadInputIsRefusedNamingTheField(string query, string field)
    {
        var staff = await site.LoginAsync("staff");

        var response = await staff.GetAsync("/api/directory?" + query);
        var problem = await response.JsonAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var message = problem.GetProperty("errors").GetProperty(field)[0].GetString()!;
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", message);
    }
}
