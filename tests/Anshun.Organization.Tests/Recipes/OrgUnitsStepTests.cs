using System.Text.Json.Nodes;
using Anshun.Core.Organization;
using Anshun.Core.Recipes;
using Anshun.Organization.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Anshun.Organization.Tests.Recipes;

public sealed class OrgUnitsStepTests(OrgSiteFactory factory) : IClassFixture<OrgSiteFactory>
{
    [Fact]
    public async Task RerunningTheStepUpdatesNamesAndOrderWithoutDuplicates()
    {
        var root = OrgTestData.NewCode("R");
        await RunAsync($$"""
            [ { "code": "{{root}}", "name": "测试市政府", "kind": "Office", "children": [
                { "code": "{{root}}-A", "name": "甲局", "shortName": "甲", "kind": "Department" },
                { "code": "{{root}}-B", "name": "乙局", "kind": "Department", "phone": "0851-1" } ] } ]
            """);

        await RunAsync($$"""
            [ { "code": "{{root}}", "name": "测试市人民政府", "kind": "Office", "children": [
                { "code": "{{root}}-B", "name": "乙局（更名）", "kind": "department" },
                { "code": "{{root.ToLowerInvariant()}}-a", "name": "甲局", "shortName": "甲局", "kind": "Department" },
                { "code": "{{root}}-C", "name": "丙局", "kind": "Department" } ] } ]
            """);

        var units = await UnitsUnderAsync(root);
        Assert.Equal([root, root + "-B", root + "-A", root + "-C"], units.Select(u => u.Code));
        Assert.Equal(["测试市人民政府", "乙局（更名）", "甲局", "丙局"], units.Select(u => u.Name));
        Assert.Equal([1, 2, 3], units.Skip(1).Select(u => u.SortOrder));
        Assert.All(units.Skip(1), u => Assert.Equal(units[0].Id + "/" + u.Id, u.Path));
    }

    [Fact]
    public async Task AUnitDeclaredUnderAnotherParentMovesWithItsChildren()
    {
        var root = OrgTestData.NewCode("R");
        await RunAsync($$"""
            [ { "code": "{{root}}", "name": "测试市", "kind": "Office", "children": [
                { "code": "{{root}}-A", "name": "甲县", "kind": "County", "children": [
                    { "code": "{{root}}-T", "name": "某镇", "kind": "Township", "children": [
                        { "code": "{{root}}-V", "name": "某办", "kind": "Division" } ] } ] },
                { "code": "{{root}}-B", "name": "乙县", "kind": "County" } ] } ]
            """);

        await RunAsync($$"""
            [ { "code": "{{root}}", "name": "测试市", "kind": "Office", "children": [
                { "code": "{{root}}-A", "name": "甲县", "kind": "County" },
                { "code": "{{root}}-B", "name": "乙县", "kind": "County", "children": [
                    { "code": "{{root}}-T", "name": "某镇", "kind": "Township" } ] } ] } ]
            """);

        var units = (await UnitsUnderAsync(root)).ToDictionary(u => u.Code);
        var b = units[root + "-B"];
        var township = units[root + "-T"];
        Assert.Equal(b.Id, township.ParentId);
        Assert.Equal(b.Path + "/" + township.Id, township.Path);
        Assert.Equal(township.Path + "/" + units[root + "-V"].Id, units[root + "-V"].Path);
    }

    [Fact]
    public async Task DuplicateCodesAreRefusedAndNothingIsSaved()
    {
        var root = OrgTestData.NewCode("R");

        var ex = await Assert.ThrowsAsync<RecipeException>(() => RunAsync($$"""
            [ { "code": "{{root}}", "name": "测试市", "kind": "Office", "children": [
                { "code": "{{root}}-A", "name": "甲局", "kind": "Department" },
                { "code": "{{root}}-a", "name": "乙局", "kind": "Department" } ] } ]
            """));

        Assert.Contains($"单位代码“{root}-A”重复：“甲局”与“乙局”使用了同一代码。", ex.Message);
        Assert.Empty(await UnitsUnderAsync(root));
    }

    [Theory]
    [InlineData("""{ "name": "无代码局", "kind": "Department" }""", "单位“无代码局”缺少“code”。")]
    [InlineData("""{ "code": "X1", "kind": "Department" }""", "“测试市”下的第 1 个单位（代码 X1）缺少“name”。")]
    [InlineData("""{ "code": "X2", "name": "无类型局" }""", "单位“无类型局”缺少“kind”。")]
    [InlineData("""{ "code": "X3", "name": "错类型局", "kind": "Ministry" }""", "单位“错类型局”的“kind”无效：“Ministry”")]
    [InlineData("""{ "code": "X 4", "name": "坏代码局", "kind": "Department" }""", "单位“坏代码局”的“code”有误：")]
    [InlineData("""{ "code": "X5", "name": "多字段局", "kind": "Department", "leader": "x" }""", "单位“多字段局”含有无法识别的字段“leader”。")]
    [InlineData("""{ "code": "X6", "name": "坏子级局", "kind": "Department", "children": {} }""", "单位“坏子级局”的“children”必须是数组。")]
    public async Task BadUnitsAreRefusedNamingTheUnitAndTheField(string child, string expected)
    {
        var root = OrgTestData.NewCode("R");

        var ex = await Assert.ThrowsAsync<RecipeException>(() => RunAsync($$"""
            [ { "code": "{{root}}", "name": "测试市", "kind": "Office", "children": [ {{child}} ] } ]
            """));

        Assert.Contains("（orgunits）失败：", ex.Message);
        Assert.Contains(expected, ex.Message);
        Assert.Empty(await UnitsUnderAsync(root));
    }

    private async Task RunAsync(string unitsJson)
    {
        var recipe = new RecipeDescriptor
        {
            Name = "org-test",
            DisplayName = "组织机构测试",
            FilePath = "org-test.recipe.json",
            Steps = [new JsonObject { ["name"] = "orgunits", ["units"] = JsonNode.Parse(unitsJson) }],
        };
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IRecipeExecutor>().ExecuteAsync(recipe);
    }

    private async Task<List<Models.OrgUnit>> UnitsUnderAsync(string rootCode)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OrganizationDbContext>();
        var root = await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Code == rootCode);
        if (root is null)
        {
            return [];
        }

        var units = await db.Units.AsNoTracking().Where(u => u.Path.StartsWith(root.Path)).ToListAsync();
        return Organization.Services.OrgUnitTree.Order(units);
    }
}
