using Anshun.Core.Data.Migrations;
using FluentMigrator;

namespace Anshun.Users.Migrations;

/// <summary>
/// Which modules' default grants were given to roles (<see cref="Services.DefaultGrantApplier"/>), so one an
/// administrator takes away is not given again. Added to existing databases in place, empty.
/// </summary>
[Migration(3, "Users: applied default grants")]
public sealed class M0003_AppliedDefaultGrants : Migration
{
    public override void Up()
    {
        Create.Table("Users_AppliedDefaultGrants")
            .WithColumn("Role").AsString(256).NotNullable().PrimaryKey("PK_Users_AppliedDefaultGrants")
            .WithColumn("Permission").AsString(256).NotNullable().PrimaryKey("PK_Users_AppliedDefaultGrants")
            .WithColumn("AppliedUtc").AsUtcDateTime().NotNullable();
    }

    public override void Down() => Delete.Table("Users_AppliedDefaultGrants");
}
