using Anshun.Audit.Services;
using Anshun.Core.Audit;
using Anshun.Core.Data;
using Anshun.Core.Data.Migrations;
using Anshun.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Anshun.Audit.Tests;

/// <summary>
/// A real, empty database (a temp SQLite file, or a fresh PostgreSQL database when the suite runs on
/// PostgreSQL) with the audit module's services around it, but no web site.
/// </summary>
public sealed class AuditTestDatabase : IAsyncDisposable
{
    private readonly string _name = "anshun_audit_" + Guid.NewGuid().ToString("N")[..12];
    private readonly string _folder;
    private readonly ServiceProvider _services;

    public AuditTestDatabase(long? migrateTo = null)
    {
        _folder = Path.Combine(Path.GetTempPath(), "anshun-tests", _name);
        Directory.CreateDirectory(_folder);
        var connectionString = TestDatabase.CreateDatabase(_name);
        Provider = DatabaseProvider.Create(
            new DatabaseOptions { Provider = TestDatabase.Kind, ConnectionString = connectionString },
            _folder);
        Provider.Prepare();
        MigrateTo(migrateTo);

        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(Provider);
        services.AddSingleton<TimeProvider>(Time);
        services.AddHttpContextAccessor();
        services.AddScoped<DataSession>();
        services.AddScoped<IDataSession>(sp => sp.GetRequiredService<DataSession>());
        services.AddModuleDbContext<AuditDbContext>();
        services.AddScoped<IAuditLog, AuditLog>();
        services.AddScoped<AuditVerifier>();
        services.AddScoped<AuditQueryService>();
        _services = services.BuildServiceProvider();
    }

    public DatabaseProvider Provider { get; }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 2, 1, 30, 0, TimeSpan.Zero));

    public IServiceProvider Services => _services;

    public void MigrateTo(long? version) =>
        new ModuleMigrator(Provider, NullLoggerFactory.Instance).MigrateUp("Anshun.Audit", typeof(AuditLog).Assembly, version);

    public long CurrentVersion() =>
        new ModuleMigrator(Provider, NullLoggerFactory.Instance).CurrentVersion("Anshun.Audit", typeof(AuditLog).Assembly);

    public AsyncServiceScope CreateScope() => _services.CreateAsyncScope();

    /// <summary>Writes entries, each in a scope of its own, like separate requests.</summary>
    public async Task WriteAsync(params AuditEntry[] entries)
    {
        foreach (var entry in entries)
        {
            await using var scope = CreateScope();
            await scope.ServiceProvider.GetRequiredService<IAuditLog>().WriteAsync(entry);
            Time.Advance(TimeSpan.FromSeconds(1));
        }
    }

    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = CreateScope();
        return await action(scope.ServiceProvider);
    }

    /// <summary>Runs SQL straight against the database, as someone tampering with it would.</summary>
    public async Task<int> ExecuteSqlAsync(string sql)
    {
        await using var connection = Provider.CreateConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteNonQueryAsync();
    }

    public async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = Provider.CreateConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        Provider.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        TestDatabase.DropDatabase(_name);
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Removed with the temp folder later if a handle is still open.
        }
    }
}
