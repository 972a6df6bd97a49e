using System.Net;
using Anshun.Contents.Services;
using Anshun.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Anshun.Contents.Tests.Sections;

public sealed class SectionAdminControllerTests(SectionSiteFactory factory) : IClassFixture<SectionSiteFactory>
{
    [Theory]
    [InlineData("staff")]
    [InlineData("editor")]
    [InlineData("jyj_editor")]
    public async Task UsersWithoutSectionManagementAreRefused(string userName)
    {
        var client = await factory.LoginAsync(userName);

        var index = await client.GetAsync("/admin/sections");
        var create = await client.PostAsync("/admin/sections/create",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["Code"] = "sneaky", ["Name"] = "越权栏目" }));

        Assert.Equal(HttpStatusCode.Redirect, index.StatusCode);
        Assert.Contains("/access-denied", index.Headers.Location!.OriginalString, StringComparison.OrdinalIgnoreCase);
        Assert.NotEqual(HttpStatusCode.OK, create.StatusCode);
        Assert.Null(await FindAsync("sneaky"));
    }

    [Fact]
    public async Task TheAdministratorSeesTheTreeWithOwnersAndRules()
    {
        var admin = await factory.LoginAsync("admin");

        var html = WebUtility.HtmlDecode(await admin.GetStringAsync("/admin/sections"));

        Assert.Contains("栏目管理", html);
        Assert.Contains("部门信息", html);
        Assert.Contains("安顺市教育局", html);
        Assert.Contains("单位+角色：安顺市教育局的部门编辑", html);
        Assert.Contains("内部讲话", html);
    }

    [Fact]
    public async Task TheAdministratorCreatesASectionThenGrantsAndRemovesAReader()
    {
        var admin = await factory.LoginAsync("admin");
        var parent = (await FindAsync("shared-files"))!;

        var created = await admin.PostAsync("/admin/sections/create", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Name"] = "财政资料",
            ["Code"] = "czj-files",
            ["ParentId"] = parent.Id,
            ["ContentTypes"] = "Document",
            ["RequiresReview"] = "false",
            ["IsEnabled"] = "true",
        }));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var section = (await FindAsync("czj-files"))!;
        Assert.Equal(["Document"], section.ContentTypes);
        Assert.EndsWith($"/admin/sections/{section.Id}/rules", created.Headers.Location!.OriginalString);

        var unitId = await factory.InScopeAsync(async services =>
            (await services.GetRequiredService<Anshun.Core.Organization.IOrganizationService>().FindUnitAsync("CZJ"))!.Id);
        var added = await admin.PostAsync($"/admin/sections/{section.Id}/rules/add", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Grant"] = "Reader",
            ["Kind"] = "Unit",
            ["UnitId"] = unitId,
        }));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var rule = Assert.Single((await FindAsync("czj-files"))!.Rules);
        Assert.Equal((Models.SectionRole.Reader, unitId), (rule.Role, rule.Principal.Value));
        Assert.Contains("单位：安顺市财政局", WebUtility.HtmlDecode(await admin.GetStringAsync($"/admin/sections/{section.Id}/rules")));

        var removed = await admin.PostAsync($"/admin/sections/{section.Id}/rules/remove", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant"] = "Reader",
            ["kind"] = "Unit",
            ["value"] = unitId,
        }));
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Empty((await FindAsync("czj-files"))!.Rules);

        var deleted = await admin.PostAsync($"/admin/sections/{section.Id}/delete", new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Null(await FindAsync("czj-files"));
    }

    [Fact]
    public async Task AnInvalidFormShowsTheChineseErrorAndSavesNothing()
    {
        var admin = await factory.LoginAsync("admin");

        var response = await admin.PostAsync("/admin/sections/create", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Name"] = "重复代码",
            ["Code"] = "notices",
        }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("栏目代码“notices”已被栏目“电子公告”使用。", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task AnUnknownUserNameInTheRulesFormIsReported()
    {
        var admin = await factory.LoginAsync("admin");
        var notices = (await FindAsync("notices"))!;

        var response = await admin.PostAsync($"/admin/sections/{notices.Id}/rules/add", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Grant"] = "Editor",
            ["Kind"] = "User",
            ["UserName"] = "no_such_user",
        }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("用户“no_such_user”不存在。", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        Assert.Single((await FindAsync("notices"))!.Rules);
    }

    [Fact]
    public async Task ASectionWithChildrenIsNotDeleted()
    {
        var admin = await factory.LoginAsync("admin");
        var deptNews = (await FindAsync("dept-news"))!;

        var response = await admin.PostAsync($"/admin/sections/{deptNews.Id}/delete", new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.NotNull(await FindAsync("dept-news"));
    }

    private Task<Models.SectionInfo?> FindAsync(string code) =>
        factory.InScopeAsync(services => services.GetRequiredService<ISectionStore>().FindAsync(code));
}
