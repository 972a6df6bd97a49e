using Anshun.Core.Data;
using Anshun.Core.Data.Migrations;
using Anshun.FileLibrary.Data;
using Anshun.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Anshun.FileLibrary.Tests.Migrations;

/// <summary>A file library database at version 1, with a file and its version, upgrades in place.</summary>
public sealed class FileLibraryMigrationTests : IAsyncDisposable
{
    private const string ModuleId = "Anshun.FileLibrary";
    private readonly string _name = "anshun_fl_" + Guid.NewGuid().ToString("N")[..12];
    private readonly string _folder;
    private readonly DatabaseProvider _provider;
    private readonly ServiceProvider _services;

    public FileLibraryMigrationTests()
    {
        _folder = Path.Combine(Path.GetTempPath(), "anshun-tests", _name);
        Directory.CreateDirectory(_folder);
        _provider = DatabaseProvider.Create(
            new DatabaseOptions { Provider = TestDatabase.Kind, ConnectionString = TestDatabase.CreateDatabase(_name) }, _folder);
        _provider.Prepare();
        var services = new ServiceCollection();
        services.AddSingleton(_provider);
        services.AddScoped<DataSession>();
        services.AddScoped<IDataSession>(sp => sp.GetRequiredService<DataSession>());
        services.AddModuleDbContext<FileLibraryDbContext>();
        _services = services.BuildServiceProvider();
    }

    [Fact]
    public async Task VersionOneWithFilesUpgradesAndCountsDownloadsPerVersion()
    {
        Migrator().MigrateUp(ModuleId, typeof(FileLibraryDbContext).Assembly, 1);
        var uploaded = new DateTime(2026, 3, 1, 2, 0, 0, DateTimeKind.Utc);
        await ExecuteAsync(
            "INSERT INTO \"FileLib_FileVersions\" (\"FileId\", \"VersionNumber\", \"FileName\", \"MediaType\", \"Size\", \"Sha256\", \"UploadedUtc\") " +
            "VALUES (@p0, 1, @p1, 'application/pdf', 10, @p2, @p3)", "file1", "旧制度.pdf", new string('a', 64), uploaded);

        Migrator().MigrateUp(ModuleId, typeof(FileLibraryDbContext).Assembly);

        Assert.Equal(2, Migrator().CurrentVersion(ModuleId, typeof(FileLibraryDbContext).Assembly));
        await using var scope = _services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FileLibraryDbContext>();
        var version = await db.Versions.SingleAsync();
        Assert.Equal(("旧制度.pdf", 0L, uploaded), (version.FileName, version.DownloadCount, version.UploadedUtc));
        await db.Versions.ExecuteUpdateAsync(s => s.SetProperty(v => v.DownloadCount, v => v.DownloadCount + 1));
        Assert.Equal(1, await db.Versions.Select(v => v.DownloadCount).SingleAsync());
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        _provider.Dispose();
        TestDatabase.DropDatabase(_name);
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // SQLite's pool may still hold the file; the temp folder is cleaned later.
        }
    }

    private ModuleMigrator Migrator() => new(_provider, NullLoggerFactory.Instance);

    private Task ExecuteAsync(string sql, params object?[] values) =>
        _provider.ExecuteSqlAsync(sql, values);
}
