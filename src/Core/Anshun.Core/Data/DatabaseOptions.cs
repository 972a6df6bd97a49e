namespace Anshun.Core.Data;

public sealed class DatabaseOptions
{
    public DatabaseProviderKind Provider { get; set; } = DatabaseProviderKind.Sqlite;

    /// <summary>Required for PostgreSQL; for SQLite defaults to <c>{AppData}/anshun.db</c>.</summary>
    public string? ConnectionString { get; set; }
}
