using Anshun.Core.Data.Migrations;
using FluentMigrator;

namespace Anshun.Contents.Migrations;

/// <summary>Uploaded files of content items (附件), stored by SHA-256 under App_Data.</summary>
[Migration(3, "Contents: attachments")]
public sealed class M0003_Attachments : Migration
{
    public override void Up()
    {
        Create.Table("Content_Attachments")
            .WithColumn("Id").AsString(32).PrimaryKey("PK_Content_Attachments")
            .WithColumn("FileName").AsString(255).NotNullable()
            .WithColumn("MediaType").AsString(150).NotNullable()
            .WithColumn("Size").AsInt64().NotNullable()
            .WithColumn("Sha256").AsString(64).NotNullable()
            .WithColumn("UploadedUtc").AsUtcDateTime().NotNullable()
            .WithColumn("UploadedBy").AsString(100).Nullable()
            .WithColumn("ContentItemId").AsString(32).Nullable();

        Create.Index("IX_Content_Attachments_ContentItemId").OnTable("Content_Attachments").OnColumn("ContentItemId");
    }

    public override void Down() => Delete.Table("Content_Attachments");
}
