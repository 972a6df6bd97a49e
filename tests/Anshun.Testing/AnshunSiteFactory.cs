using Anshun.Core.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace Anshun.Testing;

/// <summary>
/// A real Anshun site in-process: its own data folder and database (SQLite file or a fresh
/// PostgreSQL database), set up from a recipe, with a controllable clock.
/// </summary>
public class AnshunSiteFactory : WebApplicationFactory<Program>
{
    public const string AdminPassword = "Admin#2026anshun";
    public const string DemoPassword = "Demo#2026anshun";

    private readonly string _databaseName = "anshun_test_" + Guid.NewGuid().ToString("N")[..12];
    private readonly string? _connectionString;

    public AnshunSiteFactory()
        : this("anshun-demo")
    {
    }

    public AnshunSiteFactory(string recipe)
    {
        Recipe = recipe;
        AppData = Path.Combine(Path.GetTempPath(), "anshun-tests", _databaseName);
        Directory.CreateDirectory(AppData);
        _connectionString = TestDatabase.CreateDatabase(_databaseName);
    }

    public string Recipe { get; }

    public string AppData { get; }

    /// <summary>The site's clock; starts at the real time and moves only when a test advances it.</summary>
    public FakeTimeProvider Time { get; } = new(DateTimeOffset.UtcNow);

    /// <summary>Extra configuration a test wants (e.g. <c>Anshun:Setup:AdminPassword</c> removed).</summary>
    public Dictionary<string, string?> Settings { get; } = new();

    public DatabaseProviderKind DatabaseKind => TestDatabase.Kind;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Anshun:AppData", AppData);
        builder.UseSetting("Anshun:Setup:Recipe", Recipe);
        builder.UseSetting("Anshun:Setup:AdminPassword", AdminPassword);
        builder.UseSetting("Anshun:Setup:DemoPassword", DemoPassword);
        builder.UseSetting("Anshun:Database:Provider", TestDatabase.Kind.ToString());
        if (_connectionString is not null)
        {
            builder.UseSetting("Anshun:Database:ConnectionString", _connectionString);
        }

        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Time);
        });
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        TestDatabase.DropDatabase(_databaseName);
        try
        {
            Directory.Delete(AppData, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by SQLite's pool is removed with the temp folder later.
        }

        GC.SuppressFinalize(this);
    }
}
