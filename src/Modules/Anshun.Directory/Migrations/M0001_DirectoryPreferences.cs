using Anshun.Core.Data.Migrations;
using FluentMigrator;

namespace Anshun.StaffDirectory.Migrations;

/// <summary>Each user's directory privacy choice (手机号公开范围).</summary>
[Migration(1, "Directory: privacy preferences")]
public sealed class M0001_DirectoryPreferences : Migration
{
    public override void Up()
    {
        Create.Table("Directory_Preferences")
            .WithColumn("UserId").AsString(100).PrimaryKey("PK_Directory_Preferences")
            .WithColumn("MobileVisibility").AsInt32().NotNullable()
            .WithColumn("UpdatedUtc").AsUtcDateTime().NotNullable();
    }

    public override void Down() => Delete.Table("Directory_Preferences");
}
