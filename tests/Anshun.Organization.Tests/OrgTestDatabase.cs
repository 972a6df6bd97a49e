using Anshun.Core.Data;
using Anshun.Core.Data.Migrations;
using Anshun.Core.Organization;
using Anshun.Organization.Data;
using Anshun.Organization.Services;
using Anshun.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Anshun.Organization.Tests;

/// <summary>
/// An empty database of the provider under test (SQLite file or fresh PostgreSQL database) with
/// only the organization module's migrations and read/membership services: no web site, so a test
/// can stop the schema at an older version.
/// </summary>
public sealed class OrgTestDatabase : IAsyncDisposable
{
    public const string ModuleId = "Anshun.Organization";

    private readonly string _name = "anshun_org_" + Guid.NewGuid().ToString("N")[..12];
    private readonly string _folder;
    private readonly ServiceProvider _services;

    public OrgTestDatabase()
    {
        _folder = Path.Combine(Path.GetTempPath(), "anshun-tests", _name);
        Directory.CreateDirectory(_folder);
        Provider = DatabaseProvider.Create(
            new DatabaseOptions { Provider = TestDatabase.Kind, ConnectionString = TestDatabase.CreateDatabase(_name) },
            _folder);
        Provider.Prepare();

        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(Provider);
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 1, 30, 0, TimeSpan.Zero)));
        services.AddScoped<DataSession>();
        services.AddScoped<IDataSession>(sp => sp.GetRequiredService<DataSession>());
        services.AddModuleDbContext<OrganizationDbContext>();
        services.AddScoped<IOrganizationService, OrganizationService>();
        _services = services.BuildServiceProvider();
    }

    public DatabaseProvider Provider { get; }

    public void MigrateTo(long? version) =>
        new ModuleMigrator(Provider, NullLoggerFactory.Instance).MigrateUp(ModuleId, typeof(OrganizationService).Assembly, version);

    public long CurrentVersion() =>
        new ModuleMigrator(Provider, NullLoggerFactory.Instance).CurrentVersion(ModuleId, typeof(OrganizationService).Assembly);

    public AsyncServiceScope CreateScope() => _services.CreateAsyncScope();

    /// <summary>Runs one SQL statement with positional parameters written <c>@p0</c>, <c>@p1</c>, ...</summary>
    public Task ExecuteAsync(string sql, params object?[] values) =>
        Provider.ExecuteSqlAsync(sql, values);

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        Provider.Dispose();
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
}
