using Anshun.Contents.Data;
using Anshun.Core.Data;
using Anshun.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Anshun.Contents.Tests.Core;

/// <summary>An existing content database (stopped at version 1, with rows) upgrades in place.</summary>
public sealed class ContentMigrationTests : IAsyncDisposable
{
    private readonly ModuleMigrationDatabase<ContentsDbContext> _database = new("Anshun.Contents");

    [Fact]
    public async Task VersionOneDatabaseWithRowsUpgradesToLatestKeepingEveryRow()
    {
        Migrate(1);
        Assert.Equal(1, _database.CurrentVersion());
        var created = new DateTime(2026, 1, 5, 1, 2, 3, DateTimeKind.Utc);
        await ExecuteAsync(
            "INSERT INTO \"Content_Items\" (\"Id\", \"ContentType\", \"SectionId\", \"Title\", \"Summary\", \"IssuingUnitId\", \"IsPublished\", \"PublishedUtc\", " +
            "\"IsPinned\", \"PinnedUntilUtc\", \"Importance\", \"AttachmentCount\", \"ReadCount\", \"LatestVersion\", \"PublishedVersion\", \"LatestTitle\", " +
            "\"LatestSectionId\", \"ReviewState\", \"OwnerUserId\", \"CreatedUtc\", \"ModifiedUtc\", \"ModifiedBy\", \"IsDeleted\") " +
            "VALUES (@p0, 'Notice', 'sec1', '旧公告', '摘要', 'unit1', @p1, @p2, @p3, NULL, 1, 0, 7, 2, 1, '旧公告（修改稿）', 'sec1', 0, 'user1', @p2, @p2, 'user1', @p4)",
            "item1", true, created, false, false);
        await ExecuteAsync(
            "INSERT INTO \"Content_Versions\" (\"ContentItemId\", \"VersionNumber\", \"Title\", \"SectionId\", \"Data\", \"AuthorUserId\", \"CreatedUtc\") " +
            "VALUES (@p0, @p1, @p2, 'sec1', '{\"body\":\"<p>正文</p>\"}', 'user1', @p3)", "item1", 1, "旧公告", created);
        await ExecuteAsync(
            "INSERT INTO \"Content_Reads\" (\"ContentItemId\", \"UserId\", \"ReadUtc\") VALUES (@p0, @p1, @p2)", "item1", "reader1", created);

        Migrate(null);

        Assert.Equal(4, _database.CurrentVersion());
        await using var scope = _database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ContentsDbContext>();
        var item = await db.Items.SingleAsync();
        Assert.Equal(("旧公告", "旧公告（修改稿）", 7, created, true, 1), (item.Title, item.LatestTitle, item.ReadCount, item.CreatedUtc, item.IsPublished, item.PublishedVersion));
        Assert.Equal("{\"body\":\"<p>正文</p>\"}", (await db.Versions.SingleAsync()).Data);
        Assert.Equal("reader1", (await db.Reads.SingleAsync()).UserId);
        Assert.Contains("IX_Content_Items_UnitListing", await IndexesAsync());
        Assert.Contains("IX_Content_Items_Owner", await IndexesAsync());

        item.ReadCount++;
        await db.SaveChangesAsync();
        Assert.Equal(8, await db.Items.Where(i => i.OwnerUserId == "user1").Select(i => i.ReadCount).SingleAsync());
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    private void Migrate(long? version) => _database.MigrateUp(version);

    private async Task<List<string>> IndexesAsync()
    {
        await using var connection = _database.Provider.CreateConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = _database.Provider.IsSqlite
            ? "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'Content_Items'"
            : "SELECT indexname FROM pg_indexes WHERE tablename = 'Content_Items'";
        var names = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }

    private Task ExecuteAsync(string sql, params object?[] values) => _database.ExecuteSqlAsync(sql, values);
}
