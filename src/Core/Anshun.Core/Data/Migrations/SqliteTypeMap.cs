using System.Data;
using FluentMigrator.Runner.Generators.SQLite;

namespace Anshun.Core.Data.Migrations;

/// <summary>
/// FluentMigrator's SQLite map has no <see cref="DbType.DateTimeOffset"/>, which
/// <see cref="MigrationColumnExtensions.AsUtcDateTime(FluentMigrator.Builders.Create.Table.ICreateTableColumnAsTypeSyntax)"/>
/// uses for PostgreSQL's timestamptz. On SQLite a UTC instant is a DATETIME column (EF Core stores sortable text).
/// </summary>
internal sealed class SqliteTypeMap : ISQLiteTypeMap
{
    private readonly SQLiteTypeMap _inner = new(useStrictTables: false);

    public string GetTypeMap(DbType type, int? size, int? precision) =>
        type == DbType.DateTimeOffset ? _inner.GetTypeMap(DbType.DateTime, size, precision) : _inner.GetTypeMap(type, size, precision);
}
