using Anshun.Core.Organization;
using Anshun.Organization.Services;
using Microsoft.Extensions.DependencyInjection;

namespace Anshun.Organization.Tests.Services;

public sealed class OrganizationServiceTests(OrgSiteFactory factory) : IClassFixture<OrgSiteFactory>
{
    [Fact]
    public async Task UnitsComeParentsFirstAndSiblingsBySortOrder()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var units = await scope.ServiceProvider.GetRequiredService<IOrganizationService>().GetUnitsAsync();

        Assert.Equal("SZF", units[0].Code);
        Assert.Equal(["SZFB", "SZFB-MSK", "SZFB-ZHK"], units.Skip(1).Take(3).Select(u => u.Code));
        var position = units.Select((u, i) => (u.Id, i)).ToDictionary(x => x.Id, x => x.i);
        Assert.All(units.Where(u => u.ParentId is not null), u => Assert.True(position[u.ParentId!] < position[u.Id]));
        var topLevel = units.Where(u => u.ParentId == units[0].Id).ToList();
        Assert.Equal(topLevel.OrderBy(u => u.SortOrder).Select(u => u.Code), topLevel.Select(u => u.Code));
    }

    [Fact]
    public async Task FindUnitAcceptsIdOrCode()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var organization = scope.ServiceProvider.GetRequiredService<IOrganizationService>();

        var byCode = await organization.FindUnitAsync("JYJ");
        var byId = await organization.FindUnitAsync(byCode!.Id);

        Assert.Equal(("安顺市教育局", OrgUnitKind.Department), (byCode.Name, byCode.Kind));
        Assert.Equal(byCode, byId);
        Assert.Null(await organization.FindUnitAsync("NO-SUCH-UNIT"));
    }

    [Fact]
    public async Task TheFirstMembershipBecomesPrimaryWhenNoneIsMarked()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var organization = scope.ServiceProvider.GetRequiredService<IOrganizationService>();
        var userId = "user-" + OrgTestData.NewCode();

        await organization.SetMembershipsAsync(userId,
        [
            new MembershipInfo(userId, "CZJ", "科员", false),
            new MembershipInfo(userId, "SZFB", "借调", false),
        ]);

        var memberships = await organization.GetMembershipsAsync(userId);
        var czj = await organization.FindUnitAsync("CZJ");
        Assert.Equal(new MembershipInfo(userId, czj!.Id, "科员", true), memberships[0]);
        Assert.Single(memberships, m => m.IsPrimary);
        Assert.Equal(2, memberships.Count);
    }

    [Fact]
    public async Task TwoPrimaryMembershipsAreRefusedAndNothingChanges()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var organization = scope.ServiceProvider.GetRequiredService<IOrganizationService>();
        var userId = "user-" + OrgTestData.NewCode();
        await organization.SetMembershipsAsync(userId, [new MembershipInfo(userId, "JYJ", "副局长", true)]);

        var ex = await Assert.ThrowsAsync<OrgValidationException>(() => organization.SetMembershipsAsync(userId,
        [
            new MembershipInfo(userId, "CZJ", "科员", true),
            new MembershipInfo(userId, "SZFB", "借调", true),
        ]));

        Assert.Equal("只能有一个主要任职单位。", ex.Message);
        var memberships = await organization.GetMembershipsAsync(userId);
        var jyj = await organization.FindUnitAsync("JYJ");
        Assert.Equal([new MembershipInfo(userId, jyj!.Id, "副局长", true)], memberships);
    }

    [Fact]
    public async Task SettingMembershipsReplacesThePreviousOnes()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var organization = scope.ServiceProvider.GetRequiredService<IOrganizationService>();
        var userId = "user-" + OrgTestData.NewCode();
        await organization.SetMembershipsAsync(userId,
        [
            new MembershipInfo(userId, "JYJ", "科员", true),
            new MembershipInfo(userId, "CZJ", "借调", false),
        ]);

        await organization.SetMembershipsAsync(userId,
        [
            new MembershipInfo(userId, "CZJ", "副科长", true),
            new MembershipInfo(userId, "GAJ", null, false),
        ]);

        var czj = await organization.FindUnitAsync("CZJ");
        var gaj = await organization.FindUnitAsync("GAJ");
        Assert.Equal(
            [new MembershipInfo(userId, czj!.Id, "副科长", true), new MembershipInfo(userId, gaj!.Id, null, false)],
            await organization.GetMembershipsAsync(userId));
        Assert.DoesNotContain(await organization.GetMembersAsync("JYJ", false), m => m.UserId == userId);
    }

    [Fact]
    public async Task MembershipsInUnknownRepeatedOrDeactivatedUnitsAreRefused()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var organization = services.GetRequiredService<IOrganizationService>();
        var closed = await OrgTestData.CreateUnitAsync(services, "SZF", OrgUnitKind.Department, "已撤销的单位");
        await services.GetRequiredService<OrgUnitManager>().DeactivateAsync(closed.Id);
        var userId = "user-" + OrgTestData.NewCode();

        var unknown = await Assert.ThrowsAsync<OrgValidationException>(() =>
            organization.SetMembershipsAsync(userId, [new MembershipInfo(userId, "NO-SUCH", null, true)]));
        var repeated = await Assert.ThrowsAsync<OrgValidationException>(() => organization.SetMembershipsAsync(userId,
            [new MembershipInfo(userId, "JYJ", null, true), new MembershipInfo(userId, "jyj", null, false)]));
        var deactivated = await Assert.ThrowsAsync<OrgValidationException>(() =>
            organization.SetMembershipsAsync(userId, [new MembershipInfo(userId, closed.Id, null, true)]));

        Assert.Equal("任职单位“NO-SUCH”不存在。", unknown.Message);
        Assert.Equal("同一单位只能任职一次，“安顺市教育局”重复。", repeated.Message);
        Assert.Equal("单位“已撤销的单位”已停用，不能在该单位任职。", deactivated.Message);
        Assert.Empty(await organization.GetMembershipsAsync(userId));
    }

    [Fact]
    public async Task MembersOfDescendantsAreIncludedOnlyWhenAsked()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var organization = services.GetRequiredService<IOrganizationService>();
        var department = await OrgTestData.CreateUnitAsync(services, "SZF", OrgUnitKind.Department);
        var division = await OrgTestData.CreateUnitAsync(services, department.Id);
        var head = "head-" + department.Code;
        var clerk = "clerk-" + department.Code;
        await organization.SetMembershipsAsync(head, [new MembershipInfo(head, department.Id, "局长", true)]);
        await organization.SetMembershipsAsync(clerk, [new MembershipInfo(clerk, division.Code, "科员", true)]);

        var direct = await organization.GetMembersAsync(department.Id, includeDescendants: false);
        var all = await organization.GetMembersAsync(department.Code, includeDescendants: true);

        Assert.Equal([head], direct.Select(m => m.UserId));
        Assert.Equal([head, clerk], all.Select(m => m.UserId));
        Assert.Equal(division.Id, all[1].UnitId);
    }

    [Fact]
    public async Task LeaderIsSetChangedAndCleared()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var organization = scope.ServiceProvider.GetRequiredService<IOrganizationService>();
        var userId = "user-" + OrgTestData.NewCode();

        await organization.SetLeaderAsync(userId, "leader-1");
        Assert.Equal("leader-1", await organization.GetLeaderAsync(userId));
        await organization.SetLeaderAsync(userId, "leader-2");
        Assert.Equal("leader-2", await organization.GetLeaderAsync(userId));
        var self = await Assert.ThrowsAsync<OrgValidationException>(() => organization.SetLeaderAsync(userId, userId));
        Assert.Equal("分管领导不能是本人。", self.Message);
        await organization.SetLeaderAsync(userId, null);
        Assert.Null(await organization.GetLeaderAsync(userId));
    }
}
