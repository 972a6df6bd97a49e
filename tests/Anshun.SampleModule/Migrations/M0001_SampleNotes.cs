using Anshun.Core.Data.Migrations;
using FluentMigrator;

namespace Anshun.SampleModule.Migrations;

[Migration(1, "Sample: notes")]
public sealed class M0001_SampleNotes : Migration
{
    public override void Up()
    {
        Create.Table("Sample_Notes")
            .WithColumn("Id").AsInt64().PrimaryKey().Identity()
            .WithColumn("Text").AsString(SampleNoteInput.MaxLength).NotNullable()
            .WithColumn("CreatedUtc").AsUtcDateTime().NotNullable();
    }

    public override void Down()
    {
        Delete.Table("Sample_Notes");
    }
}
