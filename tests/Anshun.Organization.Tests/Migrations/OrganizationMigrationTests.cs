using Anshun.Core.Organization;
using Anshun.Organization.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Anshun.Organization.Tests.Migrations;

public sealed class OrganizationMigrationTests
{
    private const string UnitSql =
        "INSERT INTO \"Org_Units\" (\"Id\", \"ParentId\", \"Code\", \"Name\", \"Kind\", \"SortOrder\", \"Path\", \"IsActive\", \"CreatedUtc\", \"UpdatedUtc\") " +
        "VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9)";

    [Fact]
    public async Task DatabaseAtVersionOneUpgradesToLatestWithEveryRowIntact()
    {
        await using var database = new OrgTestDatabase();
        database.MigrateTo(1);
        Assert.Equal(1, database.CurrentVersion());

        var created = new DateTime(2025, 12, 1, 2, 3, 4, DateTimeKind.Utc);
        await database.ExecuteAsync(UnitSql, "root1", null, "SZF", "安顺市人民政府", 0, 1, "root1", true, created, created);
        await database.ExecuteAsync(UnitSql, "jyj1", "root1", "JYJ", "安顺市教育局", 1, 2, "root1/jyj1", true, created, created);
        await database.ExecuteAsync(UnitSql, "old1", "root1", "OLD", "已撤并单位", 1, 3, "root1/old1", false, created, created);
        await database.ExecuteAsync(
            "INSERT INTO \"Org_Memberships\" (\"UserId\", \"UnitId\", \"Position\", \"IsPrimary\", \"SortOrder\") VALUES (@p0, @p1, @p2, @p3, @p4)",
            "user-1", "jyj1", "局长", true, 1);

        database.MigrateTo(null);

        Assert.Equal(2, database.CurrentVersion());
        await using var scope = database.CreateScope();
        var organization = scope.ServiceProvider.GetRequiredService<IOrganizationService>();
        var units = await organization.GetUnitsAsync();
        Assert.Equal(["SZF", "JYJ", "OLD"], units.Select(u => u.Code));
        var jyj = Assert.Single(units, u => u.Code == "JYJ");
        Assert.Equal(new OrgUnitInfo("jyj1", "root1", "JYJ", "安顺市教育局", OrgUnitKind.Department, 2, "root1/jyj1", true), jyj);
        Assert.False(units.Single(u => u.Code == "OLD").IsActive);
        Assert.Equal([new MembershipInfo("user-1", "jyj1", "局长", true)], await organization.GetMembershipsAsync("user-1"));

        var db = scope.ServiceProvider.GetRequiredService<OrganizationDbContext>();
        var stored = await db.Units.SingleAsync(u => u.Id == "jyj1");
        Assert.Equal(created, stored.CreatedUtc);
        Assert.Null(stored.ShortName);
        Assert.Null(stored.Phone);
    }

    [Fact]
    public async Task UpgradedDatabaseStoresTheColumnsAndTablesOfVersionTwo()
    {
        await using var database = new OrgTestDatabase();
        database.MigrateTo(1);
        var created = new DateTime(2025, 12, 1, 2, 3, 4, DateTimeKind.Utc);
        await database.ExecuteAsync(UnitSql, "root1", null, "SZF", "安顺市人民政府", 0, 1, "root1", true, created, created);
        database.MigrateTo(null);

        await using (var scope = database.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<OrganizationDbContext>();
            var root = await db.Units.SingleAsync(u => u.Code == "SZF");
            root.ShortName = "市政府";
            root.Phone = "0851-33220000";
            await db.SaveChangesAsync();
            await scope.ServiceProvider.GetRequiredService<IOrganizationService>().SetLeaderAsync("user-2", "user-1");
        }

        await using (var scope = database.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<OrganizationDbContext>();
            var root = await db.Units.SingleAsync(u => u.Code == "SZF");
            Assert.Equal(("市政府", "0851-33220000"), (root.ShortName, root.Phone));
            Assert.Equal("user-1", await scope.ServiceProvider.GetRequiredService<IOrganizationService>().GetLeaderAsync("user-2"));
        }
    }
}
