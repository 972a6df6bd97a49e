using Anshun.Core.Data.Migrations;
using FluentMigrator;

namespace Anshun.Core.Migrations;

/// <summary>The kernel's own tables: which modules are enabled, and site settings.</summary>
[Migration(1, "Core: features and settings")]
public sealed class M0001_CoreTables : Migration
{
    public override void Up()
    {
        Create.Table("Core_Features")
            .WithColumn("ModuleId").AsString(200).PrimaryKey()
            .WithColumn("Enabled").AsBoolean().NotNullable()
            .WithColumn("ChangedUtc").AsUtcDateTime().NotNullable()
            .WithColumn("ChangedBy").AsString(100).Nullable();

        Create.Table("Core_Settings")
            .WithColumn("Key").AsString(200).PrimaryKey()
            .WithColumn("Value").AsString(int.MaxValue).NotNullable()
            .WithColumn("ChangedUtc").AsUtcDateTime().NotNullable()
            .WithColumn("ChangedBy").AsString(100).Nullable();
    }

    public override void Down()
    {
        Delete.Table("Core_Settings");
        Delete.Table("Core_Features");
    }
}
