using Anshun.Core.Organization;
using Anshun.Organization.Data;
using Anshun.Organization.Models;
using Anshun.Organization.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Anshun.Organization.Tests.Services;

public sealed class OrgUnitManagerTests(OrgSiteFactory factory) : IClassFixture<OrgSiteFactory>
{
    [Fact]
    public async Task CreatePutsTheUnitLastUnderItsParentWithItsPath()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var parent = await OrgTestData.CreateUnitAsync(services, "SZF", OrgUnitKind.Department);
        var first = await OrgTestData.CreateUnitAsync(services, parent.Id);
        var second = await services.GetRequiredService<OrgUnitManager>().CreateAsync(
            new OrgUnitInput(" t-" + parent.Code.ToLowerInvariant() + " ", " 第二科室 ", "二科", OrgUnitKind.Division, parent.Code, "0851-1234", null));

        Assert.Equal(parent.Path + "/" + second.Id, second.Path);
        Assert.Equal(parent.Id, second.ParentId);
        Assert.Equal(first.SortOrder + 1, second.SortOrder);
        Assert.Equal("T-" + parent.Code, second.Code);
        Assert.Equal(("第二科室", "二科", "0851-1234"), (second.Name, second.ShortName, second.Phone));
        var found = await services.GetRequiredService<IOrganizationService>().FindUnitAsync(second.Code.ToLowerInvariant());
        Assert.Equal(second.Id, found?.Id);
    }

    [Fact]
    public async Task CreateWithBadFieldsNamesEachFieldAndSavesNothing()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<OrganizationDbContext>();
        var before = await db.Units.CountAsync();

        var ex = await Assert.ThrowsAsync<OrgValidationException>(() => services.GetRequiredService<OrgUnitManager>()
            .CreateAsync(new OrgUnitInput("坏 代码", " ", null, null, "NO-SUCH-UNIT")));

        Assert.Equal(["code", "name", "kind", "parentId"], ex.Errors.Select(e => e.Field));
        Assert.Contains("请填写单位名称。", ex.Message);
        Assert.Contains("上级单位不存在。", ex.Message);
        Assert.Equal(before, await db.Units.CountAsync());
    }

    [Fact]
    public async Task CreateRefusesACodeTakenBetweenTheCheckAndTheSave()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<OrganizationDbContext>();
        var before = await db.Units.CountAsync();

        // A unit pending in the same context is invisible to the code check but saved in the same batch,
        // so the database's unique index refuses the code as it would for a concurrent request.
        var id = Guid.NewGuid().ToString("N");
        db.Units.Add(new OrgUnit { Id = id, Code = "RACE-1", Name = "并发单位甲", Kind = OrgUnitKind.Department, Path = "/" + id, SortOrder = 999 });
        var ex = await Assert.ThrowsAsync<OrgValidationException>(() => services.GetRequiredService<OrgUnitManager>()
            .CreateAsync(new OrgUnitInput("race-1", "并发单位乙", null, OrgUnitKind.Department)));

        Assert.Equal("code", ex.Field);
        Assert.Equal("单位代码“RACE-1”已被其他单位使用。", ex.Message);
        await using var check = factory.Services.CreateAsyncScope();
        Assert.Equal(before, await check.ServiceProvider.GetRequiredService<OrganizationDbContext>().Units.CountAsync());
    }

    [Fact]
    public async Task CreateRefusesACodeAlreadyTakenWhateverItsCase()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var manager = scope.ServiceProvider.GetRequiredService<OrgUnitManager>();

        var ex = await Assert.ThrowsAsync<OrgValidationException>(() =>
            manager.CreateAsync(new OrgUnitInput("jyj", "另一个教育局", null, OrgUnitKind.Department, "SZF")));

        Assert.Equal("code", ex.Field);
        Assert.Equal("单位代码“JYJ”已被“安顺市教育局”使用。", ex.Message);
    }

    [Fact]
    public async Task MoveRewritesThePathOfTheWholeSubtree()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var a = await OrgTestData.CreateUnitAsync(services, "SZF", OrgUnitKind.Department);
        var b = await OrgTestData.CreateUnitAsync(services, a.Id);
        var c = await OrgTestData.CreateUnitAsync(services, b.Id);
        var target = await OrgTestData.CreateUnitAsync(services, "SZF", OrgUnitKind.Department);
        var existing = await OrgTestData.CreateUnitAsync(services, target.Id);

        await services.GetRequiredService<OrgUnitManager>().MoveAsync(a.Id, target.Code);

        await using var check = factory.Services.CreateAsyncScope();
        var organization = check.ServiceProvider.GetRequiredService<IOrganizationService>();
        var movedA = await organization.FindUnitAsync(a.Id);
        var movedC = await organization.FindUnitAsync(c.Id);
        Assert.Equal(target.Id, movedA!.ParentId);
        Assert.Equal($"{target.Path}/{a.Id}", movedA.Path);
        Assert.Equal($"{target.Path}/{a.Id}/{b.Id}", (await organization.FindUnitAsync(b.Id))!.Path);
        Assert.Equal($"{target.Path}/{a.Id}/{b.Id}/{c.Id}", movedC!.Path);
        Assert.Equal(existing.SortOrder + 1, movedA.SortOrder);
    }

    [Fact]
    public async Task MoveUnderItselfOrItsDescendantIsRefusedAndChangesNothing()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var a = await OrgTestData.CreateUnitAsync(services, "SZF", OrgUnitKind.Department);
        var b = await OrgTestData.CreateUnitAsync(services, a.Id);
        var c = await OrgTestData.CreateUnitAsync(services, b.Id);
        var manager = services.GetRequiredService<OrgUnitManager>();

        var underDescendant = await Assert.ThrowsAsync<OrgValidationException>(() => manager.MoveAsync(a.Id, c.Id));
        var underSelf = await Assert.ThrowsAsync<OrgValidationException>(() => manager.MoveAsync(a.Id, a.Code));

        Assert.Equal("parentId", underDescendant.Field);
        Assert.Contains("不能把", underDescendant.Message);
        Assert.Equal("parentId", underSelf.Field);
        await using var check = factory.Services.CreateAsyncScope();
        var stored = await check.ServiceProvider.GetRequiredService<IOrganizationService>().FindUnitAsync(a.Id);
        Assert.Equal(a.Path, stored!.Path);
        Assert.Equal(a.ParentId, stored.ParentId);
    }

    [Fact]
    public async Task DeactivateIsRefusedWhileTheUnitHasMembersOrActiveChildren()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var manager = services.GetRequiredService<OrgUnitManager>();
        var organization = services.GetRequiredService<IOrganizationService>();
        var parent = await OrgTestData.CreateUnitAsync(services, "SZF", OrgUnitKind.Department);
        var child = await OrgTestData.CreateUnitAsync(services, parent.Id);
        var userId = "user-" + parent.Code;
        await organization.SetMembershipsAsync(userId, [new MembershipInfo(userId, child.Id, "科员", true)]);

        var withMembers = await Assert.ThrowsAsync<OrgValidationException>(() => manager.DeactivateAsync(child.Id));
        var withChildren = await Assert.ThrowsAsync<OrgValidationException>(() => manager.DeactivateAsync(parent.Id));

        Assert.Equal($"单位“{child.Name}”还有 1 名人员，请先将人员调出后再停用。", withMembers.Message);
        Assert.Equal($"单位“{parent.Name}”还有 1 个未停用的下级单位，请先停用或移走下级单位。", withChildren.Message);
        Assert.True((await organization.FindUnitAsync(child.Id))!.IsActive);

        await organization.SetMembershipsAsync(userId, []);
        await manager.DeactivateAsync(child.Id);
        await manager.DeactivateAsync(parent.Id);

        Assert.False((await organization.FindUnitAsync(parent.Id))!.IsActive);
        var reactivate = await Assert.ThrowsAsync<OrgValidationException>(() => manager.ActivateAsync(child.Id));
        Assert.Contains("请先启用上级单位", reactivate.Message);
    }

    [Fact]
    public async Task SetPositionReordersTheSiblings()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var parent = await OrgTestData.CreateUnitAsync(services, "SZF", OrgUnitKind.Department);
        var first = await OrgTestData.CreateUnitAsync(services, parent.Id);
        var second = await OrgTestData.CreateUnitAsync(services, parent.Id);
        var third = await OrgTestData.CreateUnitAsync(services, parent.Id);

        await services.GetRequiredService<OrgUnitManager>().SetPositionAsync(third.Id, 1);

        await using var check = factory.Services.CreateAsyncScope();
        var units = await check.ServiceProvider.GetRequiredService<IOrganizationService>().GetUnitsAsync();
        var children = units.Where(u => u.ParentId == parent.Id).ToList();
        Assert.Equal([third.Id, first.Id, second.Id], children.Select(u => u.Id));
        Assert.Equal([1, 2, 3], children.Select(u => u.SortOrder));
    }

    [Fact]
    public async Task UpdateChangesTheFieldsButNotThePlaceInTheTree()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var unit = await OrgTestData.CreateUnitAsync(services, "SZF", OrgUnitKind.Department);
        var (id, code, parentId, path) = (unit.Id, unit.Code, unit.ParentId, unit.Path);

        await services.GetRequiredService<OrgUnitManager>().UpdateAsync(id,
            new OrgUnitInput(code + "X", "改名后的单位", "新简称", OrgUnitKind.County, "SZFB", null, "安顺市西秀区"));

        await using var check = factory.Services.CreateAsyncScope();
        var stored = await check.ServiceProvider.GetRequiredService<OrgUnitQuery>().FindAsync(id);
        Assert.Equal((code + "X", "改名后的单位", "新简称", OrgUnitKind.County, "安顺市西秀区"),
            (stored!.Code, stored.Name, stored.ShortName, stored.Kind, stored.Address));
        Assert.Equal((parentId, path), (stored.ParentId, stored.Path));
    }
}
