using Anshun.Core.Data;
using Anshun.Core.Data.Migrations;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Anshun.Testing;

/// <summary>
/// A fresh, empty database (a temp SQLite file or a new PostgreSQL database, as the run says) with one
/// module's context registered and nothing migrated: for tests that migrate to an old version, insert rows
/// by hand, upgrade in place and read the rows back through the module's context.
/// </summary>
public sealed class ModuleMigrationDatabase<TContext> : IAsyncDisposable
    where TContext : ModuleDbContext
{
    private readonly string _name = "anshun_mig_" + Guid.NewGuid().ToString("N")[..12];
    private readonly string _folder;
    private readonly ServiceProvider _services;

    public ModuleMigrationDatabase(string moduleId)
    {
        ModuleId = moduleId;
        _folder = Path.Combine(Path.GetTempPath(), "anshun-tests", _name);
        Directory.CreateDirectory(_folder);
        Provider = DatabaseProvider.Create(
            new DatabaseOptions { Provider = TestDatabase.Kind, ConnectionString = TestDatabase.CreateDatabase(_name) }, _folder);
        Provider.Prepare();
        var services = new ServiceCollection();
        services.AddSingleton(Provider);
        services.AddScoped<DataSession>();
        services.AddScoped<IDataSession>(sp => sp.GetRequiredService<DataSession>());
        services.AddModuleDbContext<TContext>();
        _services = services.BuildServiceProvider();
    }

    public string ModuleId { get; }

    public DatabaseProvider Provider { get; }

    /// <summary>Migrates the module up to <paramref name="version"/>, or to its latest migration.</summary>
    public void MigrateUp(long? version = null) => Migrator().MigrateUp(ModuleId, typeof(TContext).Assembly, version);

    public long CurrentVersion() => Migrator().CurrentVersion(ModuleId, typeof(TContext).Assembly);

    public Task ExecuteSqlAsync(string sql, params object?[] values) => Provider.ExecuteSqlAsync(sql, values);

    /// <summary>A scope (a new connection) in which to read through the module's context, as a request would.</summary>
    public AsyncServiceScope CreateScope() => _services.CreateAsyncScope();

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        Provider.Dispose();
        SqliteConnection.ClearAllPools();
        TestDatabase.DropDatabase(_name);
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by the OS is left to the temp folder's own clean-up.
        }
    }

    private ModuleMigrator Migrator() => new(Provider, NullLoggerFactory.Instance);
}
