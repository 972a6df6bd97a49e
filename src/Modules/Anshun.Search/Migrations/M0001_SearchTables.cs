using Anshun.Core.Data.Migrations;
using FluentMigrator;

namespace Anshun.Search.Migrations;

/// <summary>The index task log every node follows, and each node's reported status.</summary>
[Migration(1, "Search: task log and node status")]
public sealed class M0001_SearchTables : Migration
{
    public override void Up()
    {
        Create.Table("Search_Tasks")
            .WithColumn("Id").AsInt64().PrimaryKey("PK_Search_Tasks").Identity()
            .WithColumn("Source").AsString(100).NotNullable()
            .WithColumn("Key").AsString(200).Nullable()
            .WithColumn("Scope").AsString(200).Nullable()
            .WithColumn("Kind").AsInt32().NotNullable()
            .WithColumn("CreatedUtc").AsUtcDateTime().NotNullable();

        Create.Table("Search_Nodes")
            .WithColumn("NodeName").AsString(100).PrimaryKey("PK_Search_Nodes")
            .WithColumn("Directory").AsString(1000).NotNullable()
            .WithColumn("Cursor").AsInt64().NotNullable()
            .WithColumn("Documents").AsInt32().NotNullable()
            .WithColumn("State").AsString(20).NotNullable()
            .WithColumn("RebuildProgress").AsDouble().Nullable()
            .WithColumn("LastSeenUtc").AsUtcDateTime().NotNullable()
            .WithColumn("LastError").AsString(2000).Nullable();
    }

    public override void Down()
    {
        Delete.Table("Search_Nodes");
        Delete.Table("Search_Tasks");
    }
}
