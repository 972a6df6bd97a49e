using Anshun.Core.Data.Migrations;
using FluentMigrator;

namespace Anshun.Organization.Migrations;

/// <summary>The unit tree and who belongs where.</summary>
[Migration(1, "Organization: units and memberships")]
public sealed class M0001_OrgUnitsAndMemberships : Migration
{
    public override void Up()
    {
        Create.Table("Org_Units")
            .WithColumn("Id").AsString(40).PrimaryKey("PK_Org_Units")
            .WithColumn("ParentId").AsString(40).Nullable().ForeignKey("FK_Org_Units_Parent", "Org_Units", "Id")
            .WithColumn("Code").AsString(50).NotNullable()
            .WithColumn("Name").AsString(100).NotNullable()
            .WithColumn("Kind").AsInt32().NotNullable()
            .WithColumn("SortOrder").AsInt32().NotNullable()
            .WithColumn("Path").AsString(1000).NotNullable()
            .WithColumn("IsActive").AsBoolean().NotNullable()
            .WithColumn("CreatedUtc").AsUtcDateTime().NotNullable()
            .WithColumn("UpdatedUtc").AsUtcDateTime().NotNullable();

        Create.Index("UX_Org_Units_Code").OnTable("Org_Units")
            .OnColumn("Code").Ascending().WithOptions().Unique();
        Create.Index("IX_Org_Units_ParentId").OnTable("Org_Units").OnColumn("ParentId").Ascending();
        Create.Index("IX_Org_Units_Path").OnTable("Org_Units").OnColumn("Path").Ascending();

        Create.Table("Org_Memberships")
            .WithColumn("UserId").AsString(100).NotNullable().PrimaryKey("PK_Org_Memberships")
            .WithColumn("UnitId").AsString(40).NotNullable().PrimaryKey("PK_Org_Memberships")
                .ForeignKey("FK_Org_Memberships_Unit", "Org_Units", "Id")
            .WithColumn("Position").AsString(100).Nullable()
            .WithColumn("IsPrimary").AsBoolean().NotNullable()
            .WithColumn("SortOrder").AsInt32().NotNullable();

        Create.Index("IX_Org_Memberships_UnitId").OnTable("Org_Memberships").OnColumn("UnitId").Ascending();
    }

    public override void Down()
    {
        Delete.Table("Org_Memberships");
        Delete.Table("Org_Units");
    }
}
