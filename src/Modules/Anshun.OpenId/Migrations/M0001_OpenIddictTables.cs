using Anshun.Core.Data.Migrations;
using FluentMigrator;

namespace Anshun.OpenId.Migrations;

/// <summary>
/// OpenIddict's four tables, column for column as its EF Core model maps them (lengths, the
/// <c>ConcurrencyToken</c> columns, the unique client id, scope name and token reference id).
/// </summary>
[Migration(1, "OpenId: OpenIddict applications, authorizations, scopes and tokens")]
public sealed class M0001_OpenIddictTables : Migration
{
    private const int Text = int.MaxValue;

    public override void Up()
    {
        Create.Table("OpenId_Applications")
            .WithColumn("Id").AsString(Text).NotNullable().PrimaryKey("PK_OpenId_Applications")
            .WithColumn("ApplicationType").AsString(50).Nullable()
            .WithColumn("ClientId").AsString(100).Nullable()
            .WithColumn("ClientSecret").AsString(Text).Nullable()
            .WithColumn("ClientType").AsString(50).Nullable()
            .WithColumn("ConcurrencyToken").AsString(50).Nullable()
            .WithColumn("ConsentType").AsString(50).Nullable()
            .WithColumn("DisplayName").AsString(Text).Nullable()
            .WithColumn("DisplayNames").AsString(Text).Nullable()
            .WithColumn("JsonWebKeySet").AsString(Text).Nullable()
            .WithColumn("Permissions").AsString(Text).Nullable()
            .WithColumn("PostLogoutRedirectUris").AsString(Text).Nullable()
            .WithColumn("Properties").AsString(Text).Nullable()
            .WithColumn("RedirectUris").AsString(Text).Nullable()
            .WithColumn("Requirements").AsString(Text).Nullable()
            .WithColumn("Settings").AsString(Text).Nullable();
        Create.Index("IX_OpenId_Applications_ClientId").OnTable("OpenId_Applications")
            .OnColumn("ClientId").Unique();

        Create.Table("OpenId_Scopes")
            .WithColumn("Id").AsString(Text).NotNullable().PrimaryKey("PK_OpenId_Scopes")
            .WithColumn("ConcurrencyToken").AsString(50).Nullable()
            .WithColumn("Description").AsString(Text).Nullable()
            .WithColumn("Descriptions").AsString(Text).Nullable()
            .WithColumn("DisplayName").AsString(Text).Nullable()
            .WithColumn("DisplayNames").AsString(Text).Nullable()
            .WithColumn("Name").AsString(200).Nullable()
            .WithColumn("Properties").AsString(Text).Nullable()
            .WithColumn("Resources").AsString(Text).Nullable();
        Create.Index("IX_OpenId_Scopes_Name").OnTable("OpenId_Scopes").OnColumn("Name").Unique();

        Create.Table("OpenId_Authorizations")
            .WithColumn("Id").AsString(Text).NotNullable().PrimaryKey("PK_OpenId_Authorizations")
            .WithColumn("ApplicationId").AsString(Text).Nullable()
                .ForeignKey("FK_OpenId_Authorizations_OpenId_Applications_ApplicationId", "OpenId_Applications", "Id")
            .WithColumn("ConcurrencyToken").AsString(50).Nullable()
            .WithColumn("CreationDate").AsUtcDateTime().Nullable()
            .WithColumn("Properties").AsString(Text).Nullable()
            .WithColumn("Scopes").AsString(Text).Nullable()
            .WithColumn("Status").AsString(50).Nullable()
            .WithColumn("Subject").AsString(400).Nullable()
            .WithColumn("Type").AsString(50).Nullable();
        Create.Index("IX_OpenId_Authorizations_ApplicationId_Status_Subject_Type").OnTable("OpenId_Authorizations")
            .OnColumn("ApplicationId").Ascending().OnColumn("Status").Ascending()
            .OnColumn("Subject").Ascending().OnColumn("Type").Ascending();

        Create.Table("OpenId_Tokens")
            .WithColumn("Id").AsString(Text).NotNullable().PrimaryKey("PK_OpenId_Tokens")
            .WithColumn("ApplicationId").AsString(Text).Nullable()
                .ForeignKey("FK_OpenId_Tokens_OpenId_Applications_ApplicationId", "OpenId_Applications", "Id")
            .WithColumn("AuthorizationId").AsString(Text).Nullable()
                .ForeignKey("FK_OpenId_Tokens_OpenId_Authorizations_AuthorizationId", "OpenId_Authorizations", "Id")
            .WithColumn("ConcurrencyToken").AsString(50).Nullable()
            .WithColumn("CreationDate").AsUtcDateTime().Nullable()
            .WithColumn("ExpirationDate").AsUtcDateTime().Nullable()
            .WithColumn("Payload").AsString(Text).Nullable()
            .WithColumn("Properties").AsString(Text).Nullable()
            .WithColumn("RedemptionDate").AsUtcDateTime().Nullable()
            .WithColumn("ReferenceId").AsString(100).Nullable()
            .WithColumn("Status").AsString(50).Nullable()
            .WithColumn("Subject").AsString(400).Nullable()
            .WithColumn("Type").AsString(150).Nullable();
        Create.Index("IX_OpenId_Tokens_ApplicationId_Status_Subject_Type").OnTable("OpenId_Tokens")
            .OnColumn("ApplicationId").Ascending().OnColumn("Status").Ascending()
            .OnColumn("Subject").Ascending().OnColumn("Type").Ascending();
        Create.Index("IX_OpenId_Tokens_AuthorizationId").OnTable("OpenId_Tokens").OnColumn("AuthorizationId").Ascending();
        Create.Index("IX_OpenId_Tokens_ReferenceId").OnTable("OpenId_Tokens").OnColumn("ReferenceId").Unique();
    }

    public override void Down()
    {
        Delete.Table("OpenId_Tokens");
        Delete.Table("OpenId_Authorizations");
        Delete.Table("OpenId_Scopes");
        Delete.Table("OpenId_Applications");
    }
}
