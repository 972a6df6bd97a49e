using System.Security.Claims;
using Anshun.Core.Organization;
using Anshun.Core.Security;
using Anshun.Core.Users;
using Anshun.PortalTheme.Services;
using Microsoft.Extensions.DependencyInjection;

namespace Anshun.Themes.Tests.Services;

public sealed class StaffProfileReaderTests
{
    private static readonly OrgUnitInfo City = new("u1", null, "SZF", "安顺市人民政府", OrgUnitKind.Office, 0, "u1", true);
    private static readonly OrgUnitInfo Office = new("u2", "u1", "SZFB", "安顺市人民政府办公室", OrgUnitKind.Office, 1, "u1/u2", true);
    private static readonly OrgUnitInfo Division = new("u3", "u2", "SZFB-XXK", "信息科", OrgUnitKind.Division, 3, "u1/u2/u3", true);
    private static readonly OrgUnitInfo Education = new("u4", "u1", "JYJ", "安顺市教育局", OrgUnitKind.Department, 5, "u1/u4", true);

    private static ClaimsPrincipal Staff() => new(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, "user-1"),
            new Claim(ClaimTypes.Name, "staff"),
            new Claim(AnshunClaimTypes.DisplayName, "杨帆"),
        ],
        "Test"));

    [Fact]
    public async Task PrimaryUnitComesFirstAndDivisionsNameTheirParent()
    {
        var organization = new FakeOrganization(
            new MembershipInfo("user-1", "u4", "基础教育科科员", IsPrimary: false),
            new MembershipInfo("user-1", "u3", "科员", IsPrimary: true));
        var services = new ServiceCollection().AddSingleton<IOrganizationService>(organization).BuildServiceProvider();

        var profile = await new StaffProfileReader(services).GetAsync(Staff());

        Assert.Equal("杨帆", profile.DisplayName);
        Assert.Equal("staff", profile.UserName);
        Assert.Equal(["信息科", "安顺市教育局"], profile.Units.Select(u => u.UnitName));
        Assert.Equal("安顺市人民政府办公室", profile.Units[0].ParentName);
        Assert.Null(profile.Units[1].ParentName);
        Assert.Equal("基础教育科科员", profile.Units[1].Position);
    }

    [Fact]
    public async Task WithoutOrganizationAndUsersModulesTheClaimsSuffice()
    {
        var profile = await new StaffProfileReader(new ServiceCollection().BuildServiceProvider()).GetAsync(Staff());

        Assert.Equal("杨帆", profile.DisplayName);
        Assert.Empty(profile.Units);
        Assert.Empty(profile.RoleDisplayNames);
        Assert.Null(profile.LastLoginUtc);
    }

    [Fact]
    public async Task AccountSummaryAddsRolesAndLastLogin()
    {
        var lastLogin = new DateTime(2026, 5, 3, 1, 30, 0, DateTimeKind.Utc);
        var services = new ServiceCollection()
            .AddSingleton<IUserDirectory>(new FakeDirectory(new UserInfo("user-1", "staff", "杨帆", "yangfan@asjyj.gov.cn", "0851-33226135", null, true, SecretLevel.Internal)))
            .AddSingleton<IUserAccountSummaryReader>(new FakeSummaries(new UserAccountSummary("user-1", "staff", ["工作人员"], lastLogin)))
            .BuildServiceProvider();

        var profile = await new StaffProfileReader(services).GetAsync(Staff());

        Assert.Equal(["工作人员"], profile.RoleDisplayNames);
        Assert.Equal(lastLogin, profile.LastLoginUtc);
        Assert.Equal("内部", profile.SecretLevelName);
        Assert.Equal("0851-33226135", profile.OfficePhone);
    }

    private sealed class FakeOrganization(params MembershipInfo[] memberships) : IOrganizationService
    {
        public Task<IReadOnlyList<OrgUnitInfo>> GetUnitsAsync(CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<OrgUnitInfo>>([City, Office, Division, Education]);

        public Task<IReadOnlyList<MembershipInfo>> GetMembershipsAsync(string userId, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<MembershipInfo>>(memberships.Where(m => m.UserId == userId).ToList());

        public Task<OrgUnitInfo?> FindUnitAsync(string idOrCode, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task SetMembershipsAsync(string userId, IReadOnlyList<MembershipInfo> memberships, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<IReadOnlyList<MembershipInfo>> GetMembersAsync(string unitId, bool includeDescendants, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<string?> GetLeaderAsync(string userId, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task SetLeaderAsync(string userId, string? leaderUserId, CancellationToken cancellationToken = default) => throw new NotSupportedException();
    }

    private sealed class FakeDirectory(UserInfo user) : IUserDirectory
    {
        public Task<UserInfo?> FindByIdAsync(string userId, CancellationToken cancellationToken = default) =>
            Task.FromResult(userId == user.Id ? user : null);

        public Task<UserInfo?> FindByNameAsync(string userName, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<IReadOnlyList<UserInfo>> GetByIdsAsync(IEnumerable<string> userIds, CancellationToken cancellationToken = default) => throw new NotSupportedException();
    }

    private sealed class FakeSummaries(UserAccountSummary summary) : IUserAccountSummaryReader
    {
        public Task<UserAccountSummary?> GetSummaryAsync(string userId, CancellationToken cancellationToken = default) =>
            Task.FromResult(userId == summary.UserId ? summary : null);
    }
}
