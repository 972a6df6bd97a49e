using Anshun.Core.Organization;
using Microsoft.Extensions.DependencyInjection;

namespace Anshun.Organization.Tests.Recipes;

/// <summary>The default recipe sets up the real Anshun org tree.</summary>
public sealed class PortalRecipeOrgTreeTests(OrgSiteFactory factory) : IClassFixture<OrgSiteFactory>
{
    [Fact]
    public async Task TheMunicipalGovernmentIsTheRootWithItsOfficeDepartmentsAndCounties()
    {
        var units = await UnitsAsync();
        var root = Assert.Single(units, u => u.ParentId is null);
        Assert.Equal(("SZF", "安顺市人民政府", OrgUnitKind.Office), (root.Code, root.Name, root.Kind));

        var office = units.Single(u => u.Code == "SZFB");
        Assert.Equal((root.Id, "安顺市人民政府办公室", OrgUnitKind.Office), (office.ParentId, office.Name, office.Kind));
        Assert.Equal(["秘书科", "综合科", "信息科", "督查科", "行政审批科"],
            units.Where(u => u.ParentId == office.Id).Select(u => u.Name.Replace("安顺市人民政府办公室", "")));

        foreach (var (code, name) in new[] { ("JYJ", "安顺市教育局"), ("CZJ", "安顺市财政局"), ("FGW", "安顺市发展和改革委员会"), ("DSJJ", "安顺市大数据发展管理局"), ("DAG", "安顺市档案馆") })
        {
            var department = units.Single(u => u.Code == code);
            Assert.Equal((root.Id, name, OrgUnitKind.Department), (department.ParentId, department.Name, department.Kind));
        }

        Assert.True(units.Count(u => u.Kind == OrgUnitKind.Department) >= 28);
    }

    [Fact]
    public async Task EveryCountyLevelUnitHasItsTownships()
    {
        var units = await UnitsAsync();
        var counties = units.Where(u => u.Kind == OrgUnitKind.County).ToList();

        Assert.Equal(["XXQ", "PBQ", "PDX", "ZNX", "GLX", "ZYX", "KFQ", "HGS", "TBQ"], counties.Select(c => c.Code));
        Assert.Contains(counties, c => c.Name.Contains("镇宁布依族苗族自治县", StringComparison.Ordinal));
        Assert.Contains(counties, c => c.Name.Contains("黄果树旅游区", StringComparison.Ordinal));
        Assert.All(counties, county => Assert.InRange(units.Count(u => u.ParentId == county.Id), 2, 6));
        Assert.All(units.Where(u => u.Kind == OrgUnitKind.Township), township =>
            Assert.Equal(OrgUnitKind.County, units.Single(u => u.Id == township.ParentId).Kind));
        var townshipNames = units.Where(u => u.Kind == OrgUnitKind.Township).Select(u => u.Name).ToList();
        Assert.Equal(townshipNames.Count, townshipNames.Distinct().Count());
    }

    private async Task<IReadOnlyList<OrgUnitInfo>> UnitsAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IOrganizationService>().GetUnitsAsync();
    }
}
