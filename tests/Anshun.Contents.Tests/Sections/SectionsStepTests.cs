using System.Text.Json.Nodes;
using Anshun.Contents.Models;
using Anshun.Contents.Services;
using Anshun.Core.Organization;
using Anshun.Core.Recipes;
using Anshun.Core.Security;
using Anshun.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Anshun.Contents.Tests.Sections;

public sealed class SectionsStepTests(SectionSiteFactory factory) : IClassFixture<SectionSiteFactory>
{
    [Fact]
    public async Task ThePortalRecipeCreatesOneReviewedSectionPerDepartmentAndCounty()
    {
        var (sections, units) = await factory.InScopeAsync(async services =>
            (await services.GetRequiredService<ISectionStore>().GetAllAsync(),
             await services.GetRequiredService<IOrganizationService>().GetUnitsAsync()));

        var deptNews = sections.Single(s => s.Code == "dept-news");
        var countyNews = sections.Single(s => s.Code == "county-news");
        var departments = units.Where(u => u.Kind == OrgUnitKind.Department).ToList();
        var counties = units.Where(u => u.Kind == OrgUnitKind.County).ToList();
        Assert.Equal(string.Join(",", departments.Select(u => "dept-" + u.Code.ToLowerInvariant())),
            string.Join(",", sections.Where(s => s.ParentId == deptNews.Id).Select(s => s.Code)));
        Assert.Equal(counties.Select(u => "county-" + u.Code.ToLowerInvariant()), sections.Where(s => s.ParentId == countyNews.Id).Select(s => s.Code));
        Assert.Equal(31, departments.Count);
        Assert.Equal(9, counties.Count);

        var jyj = units.Single(u => u.Code == "JYJ");
        var deptJyj = sections.Single(s => s.Code == "dept-jyj");
        Assert.Equal(jyj.Id, deptJyj.OwnerUnitId);
        Assert.True(deptJyj.RequiresReview);
        Assert.Equal(["Article", "Notice"], deptJyj.ContentTypes);
        Assert.Equal(
            [
                new SectionRule(SectionRole.Editor, new PrincipalRule(PrincipalKind.UnitRole, jyj.Id, "DepartmentEditor")),
                new SectionRule(SectionRole.Reviewer, new PrincipalRule(PrincipalKind.UnitRole, jyj.Id, "DepartmentReviewer")),
            ],
            deptJyj.Rules);
        string[] portal = ["notices", "city-news", "dept-news", "county-news", "speeches", "shared-files", "downloads"];
        Assert.Equal(portal, sections.Where(s => s.ParentId is null && portal.Contains(s.Code)).Select(s => s.Code));
    }

    [Fact]
    public async Task RunningTheStepAgainUpdatesByCodeWithoutDuplicates()
    {
        await RunAsync("""{"name":"sections","sections":[{"code":"step-again","name":"第一次","editors":[{"kind":"Role","value":"Editor"}]}]}""");
        var first = await FindAsync("step-again");
        await RunAsync("""{"name":"sections","sections":[{"code":"step-again","name":"第二次","readers":[{"kind":"UnitRole","value":"CZJ","role":"Staff"}]}]}""");

        var second = (await FindAsync("step-again"))!;
        Assert.Equal(first!.Id, second.Id);
        Assert.Equal("第二次", second.Name);
        var rule = Assert.Single(second.Rules);
        Assert.Equal((SectionRole.Reader, PrincipalKind.UnitRole, "Staff"), (rule.Role, rule.Principal.Kind, rule.Principal.Role));
    }

    [Theory]
    [InlineData("""{"name":"sections","sections":[{"code":"bad-unit","name":"甲","ownerUnit":"NOPE"}]}""", "所属单位“NOPE”不存在。")]
    [InlineData("""{"name":"sections","sections":[{"code":"bad-user","name":"乙","editors":[{"kind":"User","value":"ghost"}]}]}""", "用户“ghost”不存在。")]
    [InlineData("""{"name":"sections","sections":[{"code":"bad-kind","name":"丙","readers":[{"kind":"Group","value":"x"}]}]}""", "授权对象类型“Group”无效")]
    [InlineData("""{"name":"sections","sections":[{"name":"丁"}]}""", "第 1 个栏目缺少“code”。")]
    [InlineData("""{"name":"sections","sections":[{"code":"bad-per-unit","name":"戊","childPerUnit":{"kinds":["Planet"]}}]}""", "无效的单位类型“Planet”")]
    public async Task BadStepsFailWithAChineseReason(string json, string expected)
    {
        var error = await Assert.ThrowsAsync<RecipeStepException>(() => RunAsync(json));

        Assert.Contains(expected, error.Message);
    }

    private Task RunAsync(string json) => factory.InScopeAsync(services =>
    {
        var step = services.GetServices<IRecipeStepHandler>().Single(h => h.StepName == "sections");
        return step.ExecuteAsync(new RecipeStepContext("test", 1, JsonNode.Parse(json)!.AsObject()), CancellationToken.None);
    });

    private Task<SectionInfo?> FindAsync(string code) =>
        factory.InScopeAsync(services => services.GetRequiredService<ISectionStore>().FindAsync(code));
}
