using System.Data;
using Anshun.Core.Data.Migrations;
using FluentMigrator;

namespace Anshun.Users.Migrations;

/// <summary>
/// Password history (the last passwords may not be reused) and the last sign-in time shown in the
/// user list. Added to existing databases in place.
/// </summary>
[Migration(2, "Users: password history, last login")]
public sealed class M0002_PasswordHistoryAndLastLogin : Migration
{
    public override void Up()
    {
        Create.Table("Users_PasswordHistory")
            .WithColumn("Id").AsInt64().NotNullable().PrimaryKey("PK_Users_PasswordHistory").Identity()
            .WithColumn("UserId").AsString(int.MaxValue).NotNullable()
                .ForeignKey("FK_Users_PasswordHistory_Users_Users_UserId", "Users_Users", "Id").OnDelete(Rule.Cascade)
            .WithColumn("PasswordHash").AsString(int.MaxValue).NotNullable()
            .WithColumn("CreatedUtc").AsUtcDateTime().NotNullable();
        Create.Index("IX_Users_PasswordHistory_UserId").OnTable("Users_PasswordHistory").OnColumn("UserId");

        Alter.Table("Users_Users").AddColumn("LastLoginUtc").AsUtcDateTime().Nullable();
    }

    public override void Down()
    {
        Delete.Column("LastLoginUtc").FromTable("Users_Users");
        Delete.Table("Users_PasswordHistory");
    }
}
