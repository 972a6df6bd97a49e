using Anshun.Core.Data.Migrations;
using FluentMigrator;

namespace Anshun.Core.Tests.Support.Migrations;

[Migration(1, "Core tests: sample table")]
public sealed class M0001_SampleTable : Migration
{
    public override void Up()
    {
        Create.Table("CoreTests_Samples")
            .WithColumn("Id").AsInt64().PrimaryKey().Identity()
            .WithColumn("Name").AsString(100).NotNullable()
            .WithColumn("CreatedUtc").AsUtcDateTime().NotNullable()
            .WithColumn("ReviewedUtc").AsUtcDateTime().Nullable();
    }

    public override void Down()
    {
        Delete.Table("CoreTests_Samples");
    }
}
