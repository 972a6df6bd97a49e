using Anshun.Core.Data;
using Anshun.Search.Data;
using Anshun.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Anshun.Search.Tests.Indexing;

/// <summary>A search database at version 1, with a task and a node, upgrades in place.</summary>
public sealed class SearchMigrationTests : IAsyncDisposable
{
    private readonly ModuleMigrationDatabase<SearchDbContext> _database = new("Anshun.Search");

    [Fact]
    public async Task VersionOneWithTasksAndANodeUpgradesAndRecordsWhenTasksWereApplied()
    {
        _database.MigrateUp(1);
        var seen = new DateTime(2026, 11, 24, 2, 0, 0, DateTimeKind.Utc);
        await _database.ExecuteSqlAsync(
            "INSERT INTO \"Search_Tasks\" (\"Source\", \"Key\", \"Kind\", \"CreatedUtc\") VALUES ('content', @p0, 0, @p1)", "item1", seen);
        await _database.ExecuteSqlAsync(
            "INSERT INTO \"Search_Nodes\" (\"NodeName\", \"Directory\", \"Cursor\", \"Documents\", \"State\", \"LastSeenUtc\") " +
            "VALUES ('web1', '/data/search/web1/i0', 1, 12, '正常', @p0)", seen);

        _database.MigrateUp();

        Assert.Equal(2, _database.CurrentVersion());
        await using var scope = _database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SearchDbContext>();
        var node = await db.Nodes.SingleAsync();
        Assert.Equal(("web1", 1L, 12, seen, (DateTime?)null), (node.NodeName, node.Cursor, node.Documents, node.LastSeenUtc, node.LastAppliedUtc));
        node.LastAppliedUtc = seen.AddMinutes(1);
        node.RebuildProgress = 0.5;
        db.Tasks.Add(new SearchTask { Source = "files", Key = "file2", Kind = SearchTaskKind.Document, CreatedUtc = seen.AddMinutes(1) });
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();

        Assert.Equal([1L, 2L], await db.Tasks.OrderBy(t => t.Id).Select(t => t.Id).ToListAsync());
        var updated = await db.Nodes.SingleAsync();
        Assert.Equal(((DateTime?)seen.AddMinutes(1), (double?)0.5), (updated.LastAppliedUtc, updated.RebuildProgress));
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();

}
