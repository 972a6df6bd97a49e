using System.Net;
using Anshun.Core.Organization;
using Anshun.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Anshun.Organization.Tests.Controllers;

public sealed class OrgAdminControllerTests(OrgSiteFactory factory) : IClassFixture<OrgSiteFactory>
{
    [Fact]
    public async Task TheAdministratorSeesTheTreeWithKindsAndTheSelectedUnitsMembers()
    {
        var client = await factory.LoginAsync("admin");

        var html = await client.GetStringAsync("/admin/org?unit=JYJ");
        var home = await client.GetStringAsync("/admin");

        Assert.Contains("安顺市人民政府", html);
        Assert.Contains("镇宁布依族苗族自治县人民政府", html);
        Assert.Contains("市直部门</span>", html);
        Assert.Contains("乡镇街道</span>", html);
        Assert.Contains("杨帆", html);
        Assert.Contains("基础教育科科员", html);
        Assert.Contains("href=\"/admin/org\"", home);
    }

    [Theory]
    [InlineData("staff")]
    [InlineData("auditor")]
    [InlineData("secadmin")]
    public async Task UsersWithoutTheOrganizationPermissionAreRefused(string userName)
    {
        var client = await factory.LoginAsync(userName);
        var jyj = await FindAsync("JYJ");

        var page = await client.GetAsync("/admin/org");
        var post = await client.PostAsync($"/admin/org/{jyj!.Id}/up", new FormUrlEncodedContent([]));

        foreach (var response in new[] { page, post })
        {
            Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Forbidden, $"HTTP {(int)response.StatusCode}");
            if (response.StatusCode == HttpStatusCode.Redirect)
            {
                Assert.StartsWith("/access-denied", response.Headers.Location!.OriginalString.Replace("http://localhost", ""));
            }
        }

        Assert.Equal(jyj, await FindAsync("JYJ"));
    }

    [Fact]
    public async Task AnonymousVisitorsAreSentToTheLoginPage()
    {
        var response = await factory.CreateAnonymousClient().GetAsync("/admin/org");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/login", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task TheAdministratorCreatesAUnitThroughTheForm()
    {
        var client = await factory.LoginAsync("admin");
        var code = OrgTestData.NewCode("FORM");
        var form = await client.GetStringAsync("/admin/org/create?parentId=XXQ");
        Assert.Contains("__RequestVerificationToken", form);
        Assert.Contains("安顺市西秀区人民政府", form);

        var response = await client.PostAsync("/admin/org/create", Form(
            ("ParentId", (await FindAsync("XXQ"))!.Id), ("Code", code), ("Name", "七眼井社区"), ("ShortName", ""), ("Kind", "Township")));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var unit = await FindAsync(code);
        Assert.Equal(("七眼井社区", OrgUnitKind.Township), (unit!.Name, unit.Kind));
        Assert.EndsWith($"/admin/org?unit={unit.Id}", response.Headers.Location!.OriginalString);
        var page = await client.GetStringAsync(response.Headers.Location);
        Assert.Contains("已新建单位“七眼井社区”。", page);
    }

    [Fact]
    public async Task AnInvalidFormIsShownAgainWithChineseErrorsAndNothingIsSaved()
    {
        var client = await factory.LoginAsync("admin");
        var szf = await FindAsync("SZF");

        var response = await client.PostAsync("/admin/org/create", Form(
            ("ParentId", szf!.Id), ("Code", "坏 代码"), ("Name", " "), ("Kind", "")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("请填写单位名称。", html);
        Assert.Contains("请选择单位类型。", html);
        Assert.Contains("单位代码只能由字母、数字、连字符和下划线组成", html);
        Assert.Contains("is-invalid", html);
        Assert.Null(await FindAsync("坏 代码"));
    }

    [Fact]
    public async Task EditingAndMovingWorkAndAMoveUnderAnOwnDescendantIsRefused()
    {
        var client = await factory.LoginAsync("admin");
        var code = OrgTestData.NewCode("EDIT");
        Unit parent;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var created = await OrgTestData.CreateUnitAsync(scope.ServiceProvider, "SZF", OrgUnitKind.Department);
            var child = await OrgTestData.CreateUnitAsync(scope.ServiceProvider, created.Id);
            parent = new Unit(created.Id, created.Code, child.Id);
        }

        var edit = await client.PostAsync($"/admin/org/{parent.Id}/edit", Form(
            ("Code", code), ("Name", "安顺市表单测试局"), ("ShortName", "表单局"), ("Kind", "Department"), ("Phone", "0851-33229999")));
        var refused = await client.PostAsync($"/admin/org/{parent.Id}/move", Form(("parentId", parent.ChildId)));
        var moved = await client.PostAsync($"/admin/org/{parent.Id}/move", Form(("parentId", (await FindAsync("PDX"))!.Id)));

        Assert.Equal(HttpStatusCode.Redirect, edit.StatusCode);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("不能把“安顺市表单测试局”移到它自身或它的下级单位之下。", await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        var unit = await FindAsync(parent.Id);
        Assert.Equal((code, "安顺市表单测试局", (await FindAsync("PDX"))!.Id), (unit!.Code, unit.Name, unit.ParentId));
        Assert.Equal(unit.Path + "/" + parent.ChildId, (await FindAsync(parent.ChildId))!.Path);
    }

    [Fact]
    public async Task DeactivatingAUnitWithMembersShowsWhyAndKeepsItActive()
    {
        var client = await factory.LoginAsync("admin");
        var jyj = await FindAsync("JYJ");

        var response = await client.PostAsync($"/admin/org/{jyj!.Id}/deactivate", Form());
        var page = await client.GetStringAsync(response.Headers.Location);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("单位“安顺市教育局”还有", page);
        Assert.Contains("请先将人员调出后再停用。", page);
        Assert.True((await FindAsync("JYJ"))!.IsActive);
    }

    [Fact]
    public async Task MovingDownAndUpReordersSiblings()
    {
        var client = await factory.LoginAsync("admin");
        string first, second;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var parent = await OrgTestData.CreateUnitAsync(scope.ServiceProvider, "SZF", OrgUnitKind.Department);
            first = (await OrgTestData.CreateUnitAsync(scope.ServiceProvider, parent.Id)).Id;
            second = (await OrgTestData.CreateUnitAsync(scope.ServiceProvider, parent.Id)).Id;
        }

        var down = await client.PostAsync($"/admin/org/{first}/down", Form());

        Assert.Equal(HttpStatusCode.Redirect, down.StatusCode);
        Assert.Equal((2, 1), ((await FindAsync(first))!.SortOrder, (await FindAsync(second))!.SortOrder));
        await client.PostAsync($"/admin/org/{first}/up", Form());
        Assert.Equal((1, 2), ((await FindAsync(first))!.SortOrder, (await FindAsync(second))!.SortOrder));
    }

    private static FormUrlEncodedContent Form(params (string Key, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)));

    private async Task<OrgUnitInfo?> FindAsync(string idOrCode)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IOrganizationService>().FindUnitAsync(idOrCode);
    }

    private sealed record Unit(string Id, string Code, string ChildId);
}
