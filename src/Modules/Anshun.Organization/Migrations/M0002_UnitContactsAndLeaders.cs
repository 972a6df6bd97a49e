using Anshun.Core.Data.Migrations;
using FluentMigrator;

namespace Anshun.Organization.Migrations;

/// <summary>Adds 简称 and contact details to units, and each user's 分管领导.</summary>
[Migration(2, "Organization: unit short names and contacts, leaders")]
public sealed class M0002_UnitContactsAndLeaders : Migration
{
    public override void Up()
    {
        Alter.Table("Org_Units")
            .AddColumn("ShortName").AsString(50).Nullable()
            .AddColumn("Phone").AsString(50).Nullable()
            .AddColumn("Address").AsString(200).Nullable();

        Create.Table("Org_Leaders")
            .WithColumn("UserId").AsString(100).PrimaryKey("PK_Org_Leaders")
            .WithColumn("LeaderUserId").AsString(100).NotNullable()
            .WithColumn("UpdatedUtc").AsUtcDateTime().NotNullable();

        Create.Index("IX_Org_Leaders_LeaderUserId").OnTable("Org_Leaders").OnColumn("LeaderUserId").Ascending();
    }

    public override void Down()
    {
        Delete.Table("Org_Leaders");
        Delete.Column("Address").FromTable("Org_Units");
        Delete.Column("Phone").FromTable("Org_Units");
        Delete.Column("ShortName").FromTable("Org_Units");
    }
}
