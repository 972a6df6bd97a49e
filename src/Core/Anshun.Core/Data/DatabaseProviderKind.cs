namespace Anshun.Core.Data;

public enum DatabaseProviderKind
{
    Sqlite,
    PostgreSql,
}
