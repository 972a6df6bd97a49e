using Anshun.Core.Data.Migrations;
using FluentMigrator;

namespace Anshun.Contents.Migrations;

/// <summary>
/// Content types, items (with the published version's list columns), versions, reads and reviews.
/// The listing indexes lead with the equality columns of every portal list (published, not deleted)
/// so "newest first, page 1" walks the index and stops after a page even with 100,000 items.
/// </summary>
[Migration(1, "Contents: types, items, versions, reads, reviews")]
public sealed class M0001_ContentTables : Migration
{
    public override void Up()
    {
        Create.Table("Content_Types")
            .WithColumn("Name").AsString(64).PrimaryKey("PK_Content_Types")
            .WithColumn("Definition").AsString(int.MaxValue).NotNullable()
            .WithColumn("UpdatedUtc").AsUtcDateTime().NotNullable();

        Create.Table("Content_Items")
            .WithColumn("Id").AsString(40).PrimaryKey("PK_Content_Items")
            .WithColumn("ContentType").AsString(64).NotNullable()
            .WithColumn("SectionId").AsString(40).Nullable()
            .WithColumn("Title").AsString(200).NotNullable()
            .WithColumn("Summary").AsString(int.MaxValue).Nullable()
            .WithColumn("IssuingUnitId").AsString(40).Nullable()
            .WithColumn("IsPublished").AsBoolean().NotNullable()
            .WithColumn("PublishedUtc").AsUtcDateTime().Nullable()
            .WithColumn("IsPinned").AsBoolean().NotNullable()
            .WithColumn("PinnedUntilUtc").AsUtcDateTime().Nullable()
            .WithColumn("Importance").AsInt32().NotNullable()
            .WithColumn("AttachmentCount").AsInt32().NotNullable()
            .WithColumn("ReadCount").AsInt32().NotNullable()
            .WithColumn("LatestVersion").AsInt32().NotNullable()
            .WithColumn("PublishedVersion").AsInt32().Nullable()
            .WithColumn("LatestTitle").AsString(200).NotNullable()
            .WithColumn("LatestSectionId").AsString(40).Nullable()
            .WithColumn("ReviewState").AsInt32().NotNullable()
            .WithColumn("ScheduledPublishUtc").AsUtcDateTime().Nullable()
            .WithColumn("ScheduledUnpublishUtc").AsUtcDateTime().Nullable()
            .WithColumn("OwnerUserId").AsString(100).Nullable()
            .WithColumn("CreatedUtc").AsUtcDateTime().NotNullable()
            .WithColumn("ModifiedUtc").AsUtcDateTime().NotNullable()
            .WithColumn("ModifiedBy").AsString(100).Nullable()
            .WithColumn("IsDeleted").AsBoolean().NotNullable()
            .WithColumn("DeletedUtc").AsUtcDateTime().Nullable()
            .WithColumn("DeletedBy").AsString(100).Nullable();

        Create.Index("IX_Content_Items_Listing").OnTable("Content_Items")
            .OnColumn("IsPublished").Ascending()
            .OnColumn("IsDeleted").Ascending()
            .OnColumn("PublishedUtc").Descending();
        Create.Index("IX_Content_Items_SectionListing").OnTable("Content_Items")
            .OnColumn("IsPublished").Ascending()
            .OnColumn("IsDeleted").Ascending()
            .OnColumn("SectionId").Ascending()
            .OnColumn("PublishedUtc").Descending();
        Create.Index("IX_Content_Items_TypeListing").OnTable("Content_Items")
            .OnColumn("IsPublished").Ascending()
            .OnColumn("IsDeleted").Ascending()
            .OnColumn("ContentType").Ascending()
            .OnColumn("PublishedUtc").Descending();
        Create.Index("IX_Content_Items_Pinned").OnTable("Content_Items")
            .OnColumn("IsPinned").Ascending()
            .OnColumn("IsPublished").Ascending()
            .OnColumn("IsDeleted").Ascending();
        Create.Index("IX_Content_Items_Admin").OnTable("Content_Items")
            .OnColumn("IsDeleted").Ascending()
            .OnColumn("LatestSectionId").Ascending()
            .OnColumn("ModifiedUtc").Descending();
        Create.Index("IX_Content_Items_ScheduledPublish").OnTable("Content_Items").OnColumn("ScheduledPublishUtc").Ascending();
        Create.Index("IX_Content_Items_ScheduledUnpublish").OnTable("Content_Items").OnColumn("ScheduledUnpublishUtc").Ascending();

        Create.Table("Content_Versions")
            .WithColumn("ContentItemId").AsString(40).NotNullable().PrimaryKey("PK_Content_Versions")
                .ForeignKey("FK_Content_Versions_Item", "Content_Items", "Id")
            .WithColumn("VersionNumber").AsInt32().NotNullable().PrimaryKey("PK_Content_Versions")
            .WithColumn("Title").AsString(200).NotNullable()
            .WithColumn("SectionId").AsString(40).Nullable()
            .WithColumn("Data").AsString(int.MaxValue).NotNullable()
            .WithColumn("AuthorUserId").AsString(100).Nullable()
            .WithColumn("CreatedUtc").AsUtcDateTime().NotNullable()
            .WithColumn("Note").AsString(200).Nullable();

        Create.Table("Content_Reads")
            .WithColumn("ContentItemId").AsString(40).NotNullable().PrimaryKey("PK_Content_Reads")
                .ForeignKey("FK_Content_Reads_Item", "Content_Items", "Id")
            .WithColumn("UserId").AsString(100).NotNullable().PrimaryKey("PK_Content_Reads")
            .WithColumn("ReadUtc").AsUtcDateTime().NotNullable();
        Create.Index("IX_Content_Reads_UserId").OnTable("Content_Reads").OnColumn("UserId").Ascending();

        Create.Table("Content_Reviews")
            .WithColumn("Id").AsString(40).PrimaryKey("PK_Content_Reviews")
            .WithColumn("ContentItemId").AsString(40).NotNullable().ForeignKey("FK_Content_Reviews_Item", "Content_Items", "Id")
            .WithColumn("VersionNumber").AsInt32().NotNullable()
            .WithColumn("Action").AsInt32().NotNullable()
            .WithColumn("UserId").AsString(100).Nullable()
            .WithColumn("Utc").AsUtcDateTime().NotNullable()
            .WithColumn("Opinion").AsString(int.MaxValue).Nullable();
        Create.Index("IX_Content_Reviews_ContentItemId").OnTable("Content_Reviews").OnColumn("ContentItemId").Ascending();
    }

    public override void Down()
    {
        Delete.Table("Content_Reviews");
        Delete.Table("Content_Reads");
        Delete.Table("Content_Versions");
        Delete.Table("Content_Items");
        Delete.Table("Content_Types");
    }
}
