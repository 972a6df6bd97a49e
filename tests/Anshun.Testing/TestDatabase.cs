using Anshun.Core.Data;
using Npgsql;

namespace Anshun.Testing;

/// <summary>
/// Which database the tests run on. The README's test command runs the suite twice: on SQLite
/// files, then with <c>ANSHUN_TEST_DATABASE=PostgreSql</c> and <c>ANSHUN_TEST_POSTGRES</c> pointing
/// at a throw-away server. Each site gets a database of its own.
/// </summary>
public static class TestDatabase
{
    public static DatabaseProviderKind Kind =>
        string.Equals(Environment.GetEnvironmentVariable("ANSHUN_TEST_DATABASE"), "PostgreSql", StringComparison.OrdinalIgnoreCase)
            ? DatabaseProviderKind.PostgreSql
            : DatabaseProviderKind.Sqlite;

    /// <summary>Server-level connection string (no database) of the throw-away PostgreSQL.</summary>
    public static string PostgresServer =>
        Environment.GetEnvironmentVariable("ANSHUN_TEST_POSTGRES")
        ?? throw new InvalidOperationException("ANSHUN_TEST_DATABASE=PostgreSql needs ANSHUN_TEST_POSTGRES (a server connection string).");

    /// <summary>Creates an empty database and returns its connection string; null on SQLite.</summary>
    public static string? CreateDatabase(string name)
    {
        if (Kind != DatabaseProviderKind.PostgreSql)
        {
            return null;
        }

        using (var connection = new NpgsqlConnection(PostgresServer))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"CREATE DATABASE \"{name}\" ENCODING 'UTF8' TEMPLATE template0";
            command.ExecuteNonQuery();
        }

        return new NpgsqlConnectionStringBuilder(PostgresServer) { Database = name, Pooling = true }.ToString();
    }

    public static void DropDatabase(string name)
    {
        if (Kind != DatabaseProviderKind.PostgreSql)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(PostgresServer);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)";
        command.ExecuteNonQuery();
    }
}
