using System.Data.Common;
using Anshun.Core.Data.Migrations;
using FluentMigrator.Runner;
using FluentMigrator.Runner.Generators.SQLite;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Anshun.Core.Data;

/// <summary>
/// The one place that knows which database engine is in use: it opens connections, configures
/// EF Core contexts and the migration runner for SQLite or PostgreSQL.
/// </summary>
public sealed class DatabaseProvider : IDisposable
{
    private readonly NpgsqlDataSource? _npgsql;

    public DatabaseProvider(DatabaseProviderKind kind, string connectionString)
    {
        Kind = kind;
        ConnectionString = connectionString;
        if (kind == DatabaseProviderKind.PostgreSql)
        {
            _npgsql = NpgsqlDataSource.Create(connectionString);
        }
    }

    public DatabaseProviderKind Kind { get; }

    public string ConnectionString { get; }

    public bool IsSqlite => Kind == DatabaseProviderKind.Sqlite;

    /// <summary>Builds the provider from options; SQLite defaults to a file in the data folder.</summary>
    public static DatabaseProvider Create(DatabaseOptions options, string appDataPath)
    {
        if (options.Provider == DatabaseProviderKind.PostgreSql)
        {
            if (string.IsNullOrWhiteSpace(options.ConnectionString))
            {
                throw new InvalidOperationException("使用 PostgreSQL 时必须配置 Anshun__Database__ConnectionString。");
            }

            return new DatabaseProvider(DatabaseProviderKind.PostgreSql, options.ConnectionString);
        }

        var connectionString = options.ConnectionString;
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            var builder = new SqliteConnectionStringBuilder
            {
                DataSource = Path.Combine(appDataPath, "anshun.db"),
                ForeignKeys = true,
                Pooling = true,
                DefaultTimeout = 30,
            };
            connectionString = builder.ToString();
        }

        return new DatabaseProvider(DatabaseProviderKind.Sqlite, connectionString);
    }

    /// <summary>A new, closed connection.</summary>
    public DbConnection CreateConnection() =>
        _npgsql is not null ? _npgsql.CreateConnection() : new SqliteConnection(ConnectionString);

    /// <summary>
    /// Provider settings without a connection, built once per context type: each context takes its
    /// scope's connection in its constructor (<see cref="ModuleDbContext"/>), so a request that only
    /// injects a context does not pay for building its options.
    /// </summary>
    public void ConfigureSharedContext(DbContextOptionsBuilder options)
    {
        if (IsSqlite)
        {
            options.UseSqlite();
        }
        else
        {
            options.UseNpgsql();
        }
    }

    public void ConfigureContext(DbContextOptionsBuilder options, DbConnection connection)
    {
        if (IsSqlite)
        {
            options.UseSqlite(connection);
        }
        else
        {
            options.UseNpgsql(connection);
        }
    }

    public void ConfigureRunner(IMigrationRunnerBuilder runner)
    {
        if (IsSqlite)
        {
            runner.AddSQLite();
            runner.Services.AddScoped<ISQLiteTypeMap, SqliteTypeMap>();
        }
        else
        {
            runner.AddPostgres();
        }

        runner.WithGlobalConnectionString(ConnectionString);
    }

    /// <summary>One-time settings of the database file: write-ahead logging lets readers run beside a writer.</summary>
    public void Prepare()
    {
        if (!IsSqlite)
        {
            return;
        }

        using var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=WAL;";
        command.ExecuteNonQuery();
    }

    public void Dispose() => _npgsql?.Dispose();
}
