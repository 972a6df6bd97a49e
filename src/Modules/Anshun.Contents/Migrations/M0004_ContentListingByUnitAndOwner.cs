using FluentMigrator;

namespace Anshun.Contents.Migrations;

/// <summary>
/// Lists by 发布单位 (a department's page of everything it issued) and "my content" in the admin,
/// each an index walk instead of a scan once the site holds many items.
/// </summary>
[Migration(4, "Contents: listing by issuing unit and by owner")]
public sealed class M0004_ContentListingByUnitAndOwner : Migration
{
    public override void Up()
    {
        Create.Index("IX_Content_Items_UnitListing").OnTable("Content_Items")
            .OnColumn("IsPublished").Ascending()
            .OnColumn("IsDeleted").Ascending()
            .OnColumn("IssuingUnitId").Ascending()
            .OnColumn("PublishedUtc").Descending();
        Create.Index("IX_Content_Items_Owner").OnTable("Content_Items")
            .OnColumn("OwnerUserId").Ascending()
            .OnColumn("ModifiedUtc").Descending();
    }

    public override void Down()
    {
        Delete.Index("IX_Content_Items_Owner").OnTable("Content_Items");
        Delete.Index("IX_Content_Items_UnitListing").OnTable("Content_Items");
    }
}
