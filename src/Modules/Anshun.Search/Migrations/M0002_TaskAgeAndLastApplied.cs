using Anshun.Core.Data.Migrations;
using FluentMigrator;

namespace Anshun.Search.Migrations;

/// <summary>
/// Tasks by age (for pruning the log) and when each node last applied a task (shown on the admin page);
/// existing nodes start with none recorded.
/// </summary>
[Migration(2, "Search: task age index, node last applied")]
public sealed class M0002_TaskAgeAndLastApplied : Migration
{
    public override void Up()
    {
        Create.Index("IX_Search_Tasks_CreatedUtc").OnTable("Search_Tasks").OnColumn("CreatedUtc").Ascending();
        Alter.Table("Search_Nodes").AddColumn("LastAppliedUtc").AsUtcDateTime().Nullable();
    }

    public override void Down()
    {
        Delete.Column("LastAppliedUtc").FromTable("Search_Nodes");
        Delete.Index("IX_Search_Tasks_CreatedUtc").OnTable("Search_Tasks");
    }
}
