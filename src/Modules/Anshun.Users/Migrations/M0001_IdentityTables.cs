using System.Data;
using Anshun.Core.Data.Migrations;
using FluentMigrator;

namespace Anshun.Users.Migrations;

/// <summary>
/// The ASP.NET Core Identity tables, named <c>Users_*</c>, with the column types EF Core expects
/// on SQLite and PostgreSQL (text keys, <c>timestamptz</c> for <c>LockoutEnd</c>).
/// </summary>
[Migration(1, "Users: Identity tables")]
public sealed class M0001_IdentityTables : Migration
{
    private const int Text = int.MaxValue;

    public override void Up()
    {
        Create.Table("Users_Roles")
            .WithColumn("Id").AsString(Text).NotNullable().PrimaryKey("PK_Users_Roles")
            .WithColumn("DisplayName").AsString(100).NotNullable()
            .WithColumn("Description").AsString(500).Nullable()
            .WithColumn("IsSystem").AsBoolean().NotNullable()
            .WithColumn("Name").AsString(256).Nullable()
            .WithColumn("NormalizedName").AsString(256).Nullable()
            .WithColumn("ConcurrencyStamp").AsString(Text).Nullable();
        Create.Index("RoleNameIndex").OnTable("Users_Roles").OnColumn("NormalizedName").Unique();

        Create.Table("Users_Users")
            .WithColumn("Id").AsString(Text).NotNullable().PrimaryKey("PK_Users_Users")
            .WithColumn("DisplayName").AsString(100).NotNullable()
            .WithColumn("IsEnabled").AsBoolean().NotNullable()
            .WithColumn("MustChangePassword").AsBoolean().NotNullable()
            .WithColumn("PasswordChangedUtc").AsUtcDateTime().Nullable()
            .WithColumn("SecretLevel").AsInt32().NotNullable()
            .WithColumn("OfficePhone").AsString(50).Nullable()
            .WithColumn("Mobile").AsString(50).Nullable()
            .WithColumn("CreatedUtc").AsUtcDateTime().NotNullable()
            .WithColumn("UserName").AsString(256).Nullable()
            .WithColumn("NormalizedUserName").AsString(256).Nullable()
            .WithColumn("Email").AsString(256).Nullable()
            .WithColumn("NormalizedEmail").AsString(256).Nullable()
            .WithColumn("EmailConfirmed").AsBoolean().NotNullable()
            .WithColumn("PasswordHash").AsString(Text).Nullable()
            .WithColumn("SecurityStamp").AsString(Text).Nullable()
            .WithColumn("ConcurrencyStamp").AsString(Text).Nullable()
            .WithColumn("PhoneNumber").AsString(Text).Nullable()
            .WithColumn("PhoneNumberConfirmed").AsBoolean().NotNullable()
            .WithColumn("TwoFactorEnabled").AsBoolean().NotNullable()
            .WithColumn("LockoutEnd").AsUtcDateTime().Nullable()
            .WithColumn("LockoutEnabled").AsBoolean().NotNullable()
            .WithColumn("AccessFailedCount").AsInt32().NotNullable();
        Create.Index("UserNameIndex").OnTable("Users_Users").OnColumn("NormalizedUserName").Unique();
        Create.Index("EmailIndex").OnTable("Users_Users").OnColumn("NormalizedEmail");

        Create.Table("Users_RoleClaims")
            .WithColumn("Id").AsInt32().NotNullable().PrimaryKey("PK_Users_RoleClaims").Identity()
            .WithColumn("RoleId").AsString(Text).NotNullable()
                .ForeignKey("FK_Users_RoleClaims_Users_Roles_RoleId", "Users_Roles", "Id").OnDelete(Rule.Cascade)
            .WithColumn("ClaimType").AsString(Text).Nullable()
            .WithColumn("ClaimValue").AsString(Text).Nullable();
        Create.Index("IX_Users_RoleClaims_RoleId").OnTable("Users_RoleClaims").OnColumn("RoleId");

        Create.Table("Users_UserClaims")
            .WithColumn("Id").AsInt32().NotNullable().PrimaryKey("PK_Users_UserClaims").Identity()
            .WithColumn("UserId").AsString(Text).NotNullable()
                .ForeignKey("FK_Users_UserClaims_Users_Users_UserId", "Users_Users", "Id").OnDelete(Rule.Cascade)
            .WithColumn("ClaimType").AsString(Text).Nullable()
            .WithColumn("ClaimValue").AsString(Text).Nullable();
        Create.Index("IX_Users_UserClaims_UserId").OnTable("Users_UserClaims").OnColumn("UserId");

        Create.Table("Users_UserLogins")
            .WithColumn("LoginProvider").AsString(Text).NotNullable().PrimaryKey("PK_Users_UserLogins")
            .WithColumn("ProviderKey").AsString(Text).NotNullable().PrimaryKey("PK_Users_UserLogins")
            .WithColumn("ProviderDisplayName").AsString(Text).Nullable()
            .WithColumn("UserId").AsString(Text).NotNullable()
                .ForeignKey("FK_Users_UserLogins_Users_Users_UserId", "Users_Users", "Id").OnDelete(Rule.Cascade);
        Create.Index("IX_Users_UserLogins_UserId").OnTable("Users_UserLogins").OnColumn("UserId");

        Create.Table("Users_UserRoles")
            .WithColumn("UserId").AsString(Text).NotNullable().PrimaryKey("PK_Users_UserRoles")
                .ForeignKey("FK_Users_UserRoles_Users_Users_UserId", "Users_Users", "Id").OnDelete(Rule.Cascade)
            .WithColumn("RoleId").AsString(Text).NotNullable().PrimaryKey("PK_Users_UserRoles")
                .ForeignKey("FK_Users_UserRoles_Users_Roles_RoleId", "Users_Roles", "Id").OnDelete(Rule.Cascade);
        Create.Index("IX_Users_UserRoles_RoleId").OnTable("Users_UserRoles").OnColumn("RoleId");

        Create.Table("Users_UserTokens")
            .WithColumn("UserId").AsString(Text).NotNullable().PrimaryKey("PK_Users_UserTokens")
                .ForeignKey("FK_Users_UserTokens_Users_Users_UserId", "Users_Users", "Id").OnDelete(Rule.Cascade)
            .WithColumn("LoginProvider").AsString(Text).NotNullable().PrimaryKey("PK_Users_UserTokens")
            .WithColumn("Name").AsString(Text).NotNullable().PrimaryKey("PK_Users_UserTokens")
            .WithColumn("Value").AsString(Text).Nullable();
    }

    public override void Down()
    {
        Delete.Table("Users_UserTokens");
        Delete.Table("Users_UserRoles");
        Delete.Table("Users_UserLogins");
        Delete.Table("Users_UserClaims");
        Delete.Table("Users_RoleClaims");
        Delete.Table("Users_Users");
        Delete.Table("Users_Roles");
    }
}
