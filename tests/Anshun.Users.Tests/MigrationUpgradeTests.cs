using System.Data.Common;
using Anshun.Core.Data;
using Anshun.Core.Data.Migrations;
using Anshun.Testing;
using Anshun.Users.Data;
using Anshun.Users.Models;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace Anshun.Users.Tests;

/// <summary>A database at migration 1 with accounts in it upgrades in place to the latest, every row intact (SQLite and PostgreSQL).</summary>
public sealed class MigrationUpgradeTests : IAsyncLifetime
{
    private const string ModuleId = "Anshun.Users";
    private readonly string _name = "anshun_users_upgrade_" + Guid.NewGuid().ToString("N")[..10];
    private readonly string _sqliteFile = Path.Combine(Path.GetTempPath(), "anshun-tests", $"users-upgrade-{Guid.NewGuid():N}.db");
    private DatabaseProvider _database = null!;

    public Task InitializeAsync()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_sqliteFile)!);
        var connectionString = TestDatabase.CreateDatabase(_name)
            ?? new SqliteConnectionStringBuilder { DataSource = _sqliteFile, ForeignKeys = true, Pooling = false }.ToString();
        _database = new DatabaseProvider(TestDatabase.Kind, connectionString);
        return Task.CompletedTask;
    }

    public Task DisposeAsync()
    {
        _database.Dispose();
        TestDatabase.DropDatabase(_name);
        File.Delete(_sqliteFile);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task VersionOneWithAccountsUpgradesToTheLatestKeepingEveryRow()
    {
        var migrator = new ModuleMigrator(_database, NullLoggerFactory.Instance);
        var assembly = typeof(UsersDbContext).Assembly;
        migrator.MigrateUp(ModuleId, assembly, targetVersion: 1);
        var created = new DateTime(2025, 3, 1, 8, 30, 0, DateTimeKind.Utc);
        var lockout = new DateTimeOffset(2025, 3, 2, 1, 0, 0, TimeSpan.Zero);
        await using (var connection = _database.CreateConnection())
        {
            await connection.OpenAsync();
            await ExecuteAsync(connection, """
                INSERT INTO "Users_Roles" ("Id", "DisplayName", "Description", "IsSystem", "Name", "NormalizedName", "ConcurrencyStamp")
                VALUES ('r1', '档案员', '管理档案', @yes, 'Archivist', 'ARCHIVIST', 'c1')
                """, ("yes", true));
            await ExecuteAsync(connection, """
                INSERT INTO "Users_Users" ("Id", "DisplayName", "IsEnabled", "MustChangePassword", "PasswordChangedUtc", "SecretLevel", "OfficePhone", "Mobile",
                  "CreatedUtc", "UserName", "NormalizedUserName", "Email", "NormalizedEmail", "EmailConfirmed", "PasswordHash", "SecurityStamp",
                  "ConcurrencyStamp", "PhoneNumber", "PhoneNumberConfirmed", "TwoFactorEnabled", "LockoutEnd", "LockoutEnabled", "AccessFailedCount")
                VALUES ('u1', '周档案', @yes, @no, @created, 2, '0851-33220000', '13900000000', @created, 'zhou', 'ZHOU', 'zhou@anshun.gov.cn',
                  'ZHOU@ANSHUN.GOV.CN', @no, 'hash', 'stamp', 'cs', NULL, @no, @no, @lockout, @yes, 3)
                """, ("yes", true), ("no", false), ("created", created), ("lockout", lockout));
            await ExecuteAsync(connection, """INSERT INTO "Users_UserRoles" ("UserId", "RoleId") VALUES ('u1', 'r1')""");
            await ExecuteAsync(connection, """INSERT INTO "Users_RoleClaims" ("RoleId", "ClaimType", "ClaimValue") VALUES ('r1', 'Permission', 'Admin.Access')""");
            await ExecuteAsync(connection, """INSERT INTO "Users_UserTokens" ("UserId", "LoginProvider", "Name", "Value") VALUES ('u1', '[AspNetUserStore]', 'AuthenticatorKey', 'KEY')""");
        }

        migrator.MigrateUp(ModuleId, assembly);

        Assert.Equal(3, migrator.CurrentVersion(ModuleId, assembly));
        await using var session = new DataSession(_database);
        var options = new DbContextOptionsBuilder<UsersDbContext>();
        _database.ConfigureContext(options, session.Connection);
        await using var db = new UsersDbContext(options.Options, session);
        var user = await db.Users.SingleAsync();
        Assert.Empty(await db.AppliedDefaultGrants.ToListAsync());
        Assert.Equal("zhou", user.UserName);
        Assert.Equal("周档案", user.DisplayName);
        Assert.Equal(Anshun.Core.Security.SecretLevel.Secret, user.SecretLevel);
        Assert.Equal(created, user.CreatedUtc);
        Assert.Equal(DateTimeKind.Utc, user.CreatedUtc.Kind);
        Assert.Equal(lockout, user.LockoutEnd);
        Assert.Equal(3, user.AccessFailedCount);
        Assert.Null(user.LastLoginUtc);
        Assert.Equal("Archivist", (await db.Roles.SingleAsync()).Name);
        Assert.Equal("r1", (await db.UserRoles.SingleAsync()).RoleId);
        Assert.Equal("Admin.Access", (await db.RoleClaims.SingleAsync()).ClaimValue);
        Assert.Equal("KEY", (await db.UserTokens.SingleAsync()).Value);

        user.LastLoginUtc = created.AddDays(1);
        db.PasswordHistory.Add(new PasswordHistoryEntry { UserId = "u1", PasswordHash = "old", CreatedUtc = created });
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
        Assert.Equal(created.AddDays(1), (await db.Users.SingleAsync()).LastLoginUtc);
        Assert.Equal("old", (await db.PasswordHistory.SingleAsync()).PasswordHash);
    }

    private static async Task ExecuteAsync(DbConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        await command.ExecuteNonQueryAsync();
    }
}
