using System.Data.Common;

namespace Anshun.Core.Data;

/// <summary>
/// Serializes schema migration and first-run setup between nodes (or processes) starting at the same
/// time on one database: a session advisory lock on PostgreSQL, an exclusive lock file beside the
/// database on SQLite. The second node waits, then finds the schema current and setup done.
/// </summary>
public sealed class StartupLock : IDisposable
{
    private const long AdvisoryKey = 0x416E7368756E53; // "AnshunS"
    private static readonly TimeSpan RetryDelay = TimeSpan.FromMilliseconds(100);

    private readonly DbConnection? _connection;
    private readonly FileStream? _file;

    private StartupLock(DbConnection? connection, FileStream? file)
    {
        _connection = connection;
        _file = file;
    }

    public static StartupLock Acquire(DatabaseProvider database, string appDataPath)
    {
        if (!database.IsSqlite)
        {
            var connection = database.CreateConnection();
            connection.Open();
            Execute(connection, $"SELECT pg_advisory_lock({AdvisoryKey})");
            return new StartupLock(connection, null);
        }

        var path = Path.Combine(appDataPath, ".startup.lock");
        var deadline = DateTime.UtcNow.AddMinutes(5);
        while (true)
        {
            try
            {
                // On Linux .NET backs FileShare.None with an advisory flock, so other processes wait too.
                return new StartupLock(null, new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(RetryDelay);
            }
        }
    }

    public void Dispose()
    {
        if (_connection is not null)
        {
            Execute(_connection, $"SELECT pg_advisory_unlock({AdvisoryKey})");
            _connection.Dispose();
        }

        _file?.Dispose();
    }

    private static void Execute(DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
