using Anshun.Core.Data;

namespace Anshun.Testing;

/// <summary>Raw SQL for tests that shape a database by hand (migration upgrades, tampering).</summary>
public static class DatabaseProviderSqlExtensions
{
    /// <summary>Runs one SQL statement with positional parameters written <c>@p0</c>, <c>@p1</c>, ...</summary>
    public static async Task ExecuteSqlAsync(this DatabaseProvider provider, string sql, params object?[] values)
    {
        await using var connection = provider.CreateConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        for (var i = 0; i < values.Length; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@p" + i;
            parameter.Value = values[i] ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        await command.ExecuteNonQueryAsync();
    }
}
