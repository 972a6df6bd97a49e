using Anshun.Core.Audit;
using Anshun.Core.Data;
using Anshun.Core.Data.Migrations;
using Anshun.Core.Modules;
using Anshun.Core.Platform;
using Anshun.Core.Recipes;
using Anshun.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Anshun.Core.Tests.Support;

/// <summary>
/// The kernel's real services on a database of their own (a temp SQLite file, or a fresh database
/// on the run's PostgreSQL), migrated with the Core migration and the test module's own migration.
/// Only the audit log is a stand-in, since auditing is a separate module.
/// </summary>
public sealed class KernelHost : IAsyncDisposable
{
    private readonly string _databaseName = "anshun_kernel_" + Guid.NewGuid().ToString("N")[..12];
    private readonly ServiceProvider _services;

    public KernelHost(
        IReadOnlyList<ModuleDescriptor>? modules = null,
        IEnumerable<string>? enabledModules = null,
        IDictionary<string, string?>? configuration = null)
    {
        Folder = Path.Combine(Path.GetTempPath(), "anshun-tests", _databaseName);
        RecipeFolder = Path.Combine(Folder, "recipes");
        Directory.CreateDirectory(RecipeFolder);

        var connectionString = TestDatabase.CreateDatabase(_databaseName);
        Database = DatabaseProvider.Create(new DatabaseOptions { Provider = TestDatabase.Kind, ConnectionString = connectionString }, Folder);
        Database.Prepare();
        var migrator = new ModuleMigrator(Database, NullLoggerFactory.Instance);
        migrator.MigrateUp("Anshun.Core", typeof(CoreDbContext).Assembly);
        migrator.MigrateUp("Anshun.Core.Tests", typeof(SampleDbContext).Assembly);

        Catalog = new ModuleCatalog(modules ?? TestModules.Sample(), enabledModules ?? []);

        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder()
            .AddInMemoryCollection(configuration ?? new Dictionary<string, string?>())
            .Build());
        services.AddSingleton(Options.Create(new AnshunOptions { RecipeFolders = [RecipeFolder] }));
        services.AddSingleton(Database);
        services.AddSingleton(Catalog);
        services.AddSingleton<TimeProvider>(Time);
        services.AddSingleton<IAuditLog>(Audit);
        services.AddHttpContextAccessor();

        services.AddKernelDataServices();
        services.AddModuleDbContext<SampleDbContext>();
        services.AddScoped<IRecipeStepHandler, SampleStep>();
        services.AddScoped<IRecipeStepHandler, ThrowingStep>();
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }

    public string Folder { get; }

    /// <summary>Recipe files written by a test are found here (besides the real recipes beside the tests).</summary>
    public string RecipeFolder { get; }

    public DatabaseProvider Database { get; }

    public ModuleCatalog Catalog { get; }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 2, 1, 30, 0, TimeSpan.Zero));

    public RecordingAuditLog Audit { get; } = new();

    public AsyncServiceScope CreateScope() => _services.CreateAsyncScope();

    /// <summary>Runs <paramref name="action"/> in a fresh scope (a new connection), as a later request would.</summary>
    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = CreateScope();
        return await action(scope.ServiceProvider);
    }

    /// <summary>Writes a recipe file and loads it the way the harvester does.</summary>
    public async Task<RecipeDescriptor> WriteRecipeAsync(string name, string json)
    {
        var path = Path.Combine(RecipeFolder, name + ".recipe.json");
        await File.WriteAllTextAsync(path, json);
        return RecipeHarvester.Load(path);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        Database.Dispose();
        SqliteConnection.ClearAllPools();
        TestDatabase.DropDatabase(_databaseName);
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by the OS is left to the temp folder's own clean-up.
        }
    }
}
