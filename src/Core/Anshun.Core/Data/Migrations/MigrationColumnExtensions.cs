using FluentMigrator.Builders.Alter.Table;
using FluentMigrator.Builders.Create.Table;

namespace Anshun.Core.Data.Migrations;

/// <summary>Column types every module uses the same way on SQLite and PostgreSQL.</summary>
public static class MigrationColumnExtensions
{
    /// <summary>
    /// A UTC instant: <c>timestamp with time zone</c> on PostgreSQL (what Npgsql maps a UTC
    /// <see cref="DateTime"/> to), sortable text on SQLite.
    /// </summary>
    public static ICreateTableColumnOptionOrWithColumnSyntax AsUtcDateTime(this ICreateTableColumnAsTypeSyntax column) =>
        column.AsDateTimeOffset();

    /// <inheritdoc cref="AsUtcDateTime(ICreateTableColumnAsTypeSyntax)" />
    public static IAlterTableColumnOptionOrAddColumnOrAlterColumnSyntax AsUtcDateTime(this IAlterTableColumnAsTypeSyntax column) =>
        column.AsDateTimeOffset();
}
