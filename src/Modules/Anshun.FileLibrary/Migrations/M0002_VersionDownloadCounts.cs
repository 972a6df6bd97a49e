using FluentMigrator;

namespace Anshun.FileLibrary.Migrations;

/// <summary>Download counts per version, beside the file's total (existing versions start at 0).</summary>
[Migration(2, "FileLibrary: download count per version")]
public sealed class M0002_VersionDownloadCounts : Migration
{
    public override void Up() =>
        Alter.Table("FileLib_FileVersions").AddColumn("DownloadCount").AsInt64().NotNullable().WithDefaultValue(0);

    public override void Down() => Delete.Column("DownloadCount").FromTable("FileLib_FileVersions");
}
