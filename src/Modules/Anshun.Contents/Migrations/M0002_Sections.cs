using Anshun.Core.Data.Migrations;
using FluentMigrator;

namespace Anshun.Contents.Migrations;

/// <summary>
/// The section tree (栏目) with its editor/reviewer/reader rules, and the one-row change counter
/// every node compares with its cached tree.
/// </summary>
[Migration(2, "Contents: sections and section rules")]
public sealed class M0002_Sections : Migration
{
    public override void Up()
    {
        Create.Table("Content_Sections")
            .WithColumn("Id").AsString(40).PrimaryKey("PK_Content_Sections")
            .WithColumn("ParentId").AsString(40).Nullable().ForeignKey("FK_Content_Sections_Parent", "Content_Sections", "Id")
            .WithColumn("Code").AsString(64).NotNullable()
            .WithColumn("Name").AsString(100).NotNullable()
            .WithColumn("Description").AsString(500).Nullable()
            .WithColumn("SortOrder").AsInt32().NotNullable()
            .WithColumn("Path").AsString(1000).NotNullable()
            .WithColumn("OwnerUnitId").AsString(40).Nullable()
            .WithColumn("RequiresReview").AsBoolean().NotNullable()
            .WithColumn("ContentTypes").AsString(1000).NotNullable()
            .WithColumn("IsEnabled").AsBoolean().NotNullable()
            .WithColumn("CreatedUtc").AsUtcDateTime().NotNullable()
            .WithColumn("UpdatedUtc").AsUtcDateTime().NotNullable();

        Create.Index("UX_Content_Sections_Code").OnTable("Content_Sections")
            .OnColumn("Code").Ascending().WithOptions().Unique();
        Create.Index("IX_Content_Sections_ParentId").OnTable("Content_Sections").OnColumn("ParentId").Ascending();

        Create.Table("Content_SectionRules")
            .WithColumn("Id").AsString(40).PrimaryKey("PK_Content_SectionRules")
            .WithColumn("SectionId").AsString(40).NotNullable()
                .ForeignKey("FK_Content_SectionRules_Section", "Content_Sections", "Id")
            .WithColumn("Role").AsInt32().NotNullable()
            .WithColumn("Kind").AsInt32().NotNullable()
            .WithColumn("Value").AsString(100).NotNullable()
            .WithColumn("RoleName").AsString(100).Nullable()
            .WithColumn("SortOrder").AsInt32().NotNullable();

        Create.Index("IX_Content_SectionRules_SectionId").OnTable("Content_SectionRules").OnColumn("SectionId").Ascending();

        Create.Table("Content_SectionState")
            .WithColumn("Id").AsInt32().PrimaryKey("PK_Content_SectionState")
            .WithColumn("Version").AsInt64().NotNullable();

        Insert.IntoTable("Content_SectionState").Row(new { Id = 1, Version = 0L });
    }

    public override void Down()
    {
        Delete.Table("Content_SectionState");
        Delete.Table("Content_SectionRules");
        Delete.Table("Content_Sections");
    }
}
