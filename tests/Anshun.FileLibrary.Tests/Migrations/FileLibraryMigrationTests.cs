using Anshun.Core.Data;
using Anshun.FileLibrary.Data;
using Anshun.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Anshun.FileLibrary.Tests.Migrations;

/// <summary>A file library database at version 1, with a file and its version, upgrades in place.</summary>
public sealed class FileLibraryMigrationTests : IAsyncDisposable
{
    private readonly ModuleMigrationDatabase<FileLibraryDbContext> _database = new("Anshun.FileLibrary");

    [Fact]
    public async Task VersionOneWithFilesUpgradesAndCountsDownloadsPerVersion()
    {
        _database.MigrateUp(1);
        var uploaded = new DateTime(2026, 3, 1, 2, 0, 0, DateTimeKind.Utc);
        await ExecuteAsync(
            "INSERT INTO \"FileLib_FileVersions\" (\"FileId\", \"VersionNumber\", \"FileName\", \"MediaType\", \"Size\", \"Sha256\", \"UploadedUtc\") " +
            "VALUES (@p0, 1, @p1, 'application/pdf', 10, @p2, @p3)", "file1", "旧制度.pdf", new string('a', 64), uploaded);

        _database.MigrateUp();

        Assert.Equal(2, _database.CurrentVersion());
        await using var scope = _database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<FileLibraryDbContext>();
        var version = await db.Versions.SingleAsync();
        Assert.Equal(("旧制度.pdf", 0L, uploaded), (version.FileName, version.DownloadCount, version.UploadedUtc));
        await db.Versions.ExecuteUpdateAsync(s => s.SetProperty(v => v.DownloadCount, v => v.DownloadCount + 1));
        Assert.Equal(1, await db.Versions.Select(v => v.DownloadCount).SingleAsync());
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    private Task ExecuteAsync(string sql, params object?[] values) => _database.ExecuteSqlAsync(sql, values);
}
