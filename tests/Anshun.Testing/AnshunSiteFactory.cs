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
    public const string AdminPassword = "Sys#2026anshun"; // the password policy forbids containing the user name
    public const string DemoPassword = "Demo#2026anshun";

    private readonly string _databaseName = "anshun_test_" + Guid.NewGuid().ToString("N")[..12];
    private readonly string? _connectionString;
    private bool _keepDataOnDispose;

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

    /// <summary>
    /// A restart: a new site on the data folder and database of <paramref name="previous"/>, its clock
    /// continuing from the previous site's. See <see cref="RestartAsync"/>.
    /// </summary>
    private AnshunSiteFactory(AnshunSiteFactory previous)
    {
        Recipe = previous.Recipe;
        AppData = previous.AppData;
        _databaseName = previous._databaseName;
        _connectionString = previous._connectionString;
        Time = new FakeTimeProvider(previous.Time.GetUtcNow());
        foreach (var (key, value) in previous.Settings)
        {
            Settings[key] = value;
        }
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
        // Tests sign in far more often than a person; the login throttle test sets its own low limit.
        builder.UseSetting("Anshun:Users:LoginThrottle:PermitLimit", "100000");
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

    /// <summary>
    /// Stops this site and starts a new one on the same data folder and database, as restarting the
    /// process would (module changes take effect, data stays). The returned factory owns the data from
    /// then on; clients of this one stop working.
    /// </summary>
    public async Task<AnshunSiteFactory> RestartAsync()
    {
        _keepDataOnDispose = true;
        var next = new AnshunSiteFactory(this);
        await DisposeAsync();
        return next;
    }

    /// <summary>
    /// Another node of the same site: same database and data folder, own process state. This factory
    /// keeps owning the data; the node leaves it in place when disposed.
    /// </summary>
    public AnshunSiteFactory CreateSecondNode() => new(this) { _keepDataOnDispose = true };

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_keepDataOnDispose)
        {
            GC.SuppressFinalize(this);
            return;
        }

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
