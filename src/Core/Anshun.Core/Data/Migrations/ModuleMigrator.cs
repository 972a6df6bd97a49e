using System.Reflection;
using FluentMigrator;
using FluentMigrator.Runner;
using FluentMigrator.Runner.VersionTableInfo;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Anshun.Core.Data.Migrations;

/// <summary>
/// Runs one module's FluentMigrator migrations against the configured database. Each module's
/// history lives in its own table (<see cref="ModuleVersionTable"/>), so an existing database
/// upgrades in place, module by module.
/// </summary>
public sealed class ModuleMigrator(DatabaseProvider database, ILoggerFactory loggerFactory)
{
    private readonly ILogger _logger = loggerFactory.CreateLogger<ModuleMigrator>();

    /// <summary>Migrates the module up to <paramref name="targetVersion"/> (the latest when null).</summary>
    public void MigrateUp(string moduleId, Assembly assembly, long? targetVersion = null)
    {
        if (!HasMigrations(assembly))
        {
            return;
        }

        using var services = BuildRunnerServices(moduleId, assembly);
        using var scope = services.CreateScope();
        var runner = scope.ServiceProvider.GetRequiredService<IMigrationRunner>();
        if (targetVersion is { } version)
        {
            runner.MigrateUp(version);
        }
        else
        {
            runner.MigrateUp();
        }

        _logger.LogDebug("Module {ModuleId} migrated.", moduleId);
    }

    /// <summary>The highest version of the module's migrations that has been applied, or 0.</summary>
    public long CurrentVersion(string moduleId, Assembly assembly)
    {
        if (!HasMigrations(assembly))
        {
            return 0;
        }

        using var services = BuildRunnerServices(moduleId, assembly);
        using var scope = services.CreateScope();
        var loader = scope.ServiceProvider.GetRequiredService<IVersionLoader>();
        loader.LoadVersionInfo();
        return loader.VersionInfo.Latest();
    }

    private static bool HasMigrations(Assembly assembly) =>
        assembly.GetTypes().Any(t => !t.IsAbstract && typeof(IMigration).IsAssignableFrom(t)
            && t.GetCustomAttribute<MigrationAttribute>() is not null);

    private ServiceProvider BuildRunnerServices(string moduleId, Assembly assembly)
    {
        var services = new ServiceCollection()
            .AddFluentMigratorCore()
            .ConfigureRunner(runner =>
            {
                database.ConfigureRunner(runner);
                runner.ScanIn(assembly).For.Migrations();
            })
            .AddSingleton(loggerFactory)
            .AddLogging()
            .AddScoped<IVersionTableMetaData>(_ => new ModuleVersionTable(moduleId));
        return services.BuildServiceProvider(validateScopes: false);
    }
}
