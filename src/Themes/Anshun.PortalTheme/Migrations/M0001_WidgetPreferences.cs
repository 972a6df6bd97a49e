using Anshun.Core.Data.Migrations;
using FluentMigrator;

namespace Anshun.PortalTheme.Migrations;

/// <summary>Each user's home page arrangement (首页定制): which widgets, in which order.</summary>
[Migration(1, "Portal theme: widget preferences")]
public sealed class M0001_WidgetPreferences : Migration
{
    public override void Up()
    {
        Create.Table("Portal_WidgetPreferences")
            .WithColumn("UserId").AsString(100).NotNullable().PrimaryKey("PK_Portal_WidgetPreferences")
            .WithColumn("WidgetId").AsString(200).NotNullable().PrimaryKey("PK_Portal_WidgetPreferences")
            .WithColumn("Position").AsInt32().NotNullable()
            .WithColumn("Visible").AsBoolean().NotNullable()
            .WithColumn("UpdatedUtc").AsUtcDateTime().NotNullable();
    }

    public override void Down() => Delete.Table("Portal_WidgetPreferences");
}
