using FluentMigrator.Runner.VersionTableInfo;

namespace Anshun.Core.Data.Migrations;

/// <summary>Each module keeps its own migration history table, so module versions never collide.</summary>
public sealed class ModuleVersionTable(string moduleId) : IVersionTableMetaData
{
    public static string TableNameFor(string moduleId) =>
        "Migrations_" + moduleId.Replace("Anshun.", "", StringComparison.Ordinal).Replace('.', '_');

    public bool OwnsSchema => false;

    public string SchemaName => "";

    public string TableName { get; } = TableNameFor(moduleId);

    public string ColumnName => "Version";

    public string DescriptionColumnName => "Description";

    public string UniqueIndexName => "UC_" + TableName;

    public string AppliedOnColumnName => "AppliedOn";

    // FluentMigrator names the primary key after UniqueIndexName too, which PostgreSQL refuses as a duplicate relation.
    public bool CreateWithPrimaryKey => false;
}
