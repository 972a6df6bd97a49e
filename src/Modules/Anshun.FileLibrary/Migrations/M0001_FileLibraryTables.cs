using Anshun.Core.Data.Migrations;
using FluentMigrator;

namespace Anshun.FileLibrary.Migrations;

/// <summary>Folders with their reader and manager rules, files and their versions.</summary>
[Migration(1, "FileLibrary: folders, rules, files, versions")]
public sealed class M0001_FileLibraryTables : Migration
{
    public override void Up()
    {
        Create.Table("FileLib_Folders")
            .WithColumn("Id").AsString(32).PrimaryKey("PK_FileLib_Folders")
            .WithColumn("ParentId").AsString(32).Nullable().Indexed("IX_FileLib_Folders_ParentId")
            .WithColumn("Name").AsString(100).NotNullable()
            .WithColumn("Description").AsString(500).Nullable()
            .WithColumn("SortOrder").AsInt32().NotNullable()
            .WithColumn("CreatedUtc").AsUtcDateTime().NotNullable()
            .WithColumn("CreatedBy").AsString(100).Nullable();

        Create.Table("FileLib_FolderRules")
            .WithColumn("Id").AsInt64().PrimaryKey("PK_FileLib_FolderRules").Identity()
            .WithColumn("FolderId").AsString(32).NotNullable().Indexed("IX_FileLib_FolderRules_FolderId")
            .WithColumn("Role").AsInt32().NotNullable()
            .WithColumn("Kind").AsInt32().NotNullable()
            .WithColumn("Value").AsString(100).NotNullable()
            .WithColumn("UnitRole").AsString(100).Nullable();

        Create.Table("FileLib_Files")
            .WithColumn("Id").AsString(32).PrimaryKey("PK_FileLib_Files")
            .WithColumn("FolderId").AsString(32).NotNullable().Indexed("IX_FileLib_Files_FolderId")
            .WithColumn("Name").AsString(255).NotNullable()
            .WithColumn("CurrentVersion").AsInt32().NotNullable()
            .WithColumn("MediaType").AsString(150).NotNullable()
            .WithColumn("Size").AsInt64().NotNullable()
            .WithColumn("Sha256").AsString(64).NotNullable()
            .WithColumn("DownloadCount").AsInt64().NotNullable()
            .WithColumn("CreatedUtc").AsUtcDateTime().NotNullable()
            .WithColumn("CreatedBy").AsString(100).Nullable()
            .WithColumn("ModifiedUtc").AsUtcDateTime().NotNullable().Indexed("IX_FileLib_Files_ModifiedUtc")
            .WithColumn("ModifiedBy").AsString(100).Nullable()
            .WithColumn("IsDeleted").AsBoolean().NotNullable()
            .WithColumn("DeletedUtc").AsUtcDateTime().Nullable()
            .WithColumn("DeletedBy").AsString(100).Nullable();

        Create.Table("FileLib_FileVersions")
            .WithColumn("Id").AsInt64().PrimaryKey("PK_FileLib_FileVersions").Identity()
            .WithColumn("FileId").AsString(32).NotNullable()
            .WithColumn("VersionNumber").AsInt32().NotNullable()
            .WithColumn("FileName").AsString(255).NotNullable()
            .WithColumn("MediaType").AsString(150).NotNullable()
            .WithColumn("Size").AsInt64().NotNullable()
            .WithColumn("Sha256").AsString(64).NotNullable()
            .WithColumn("Note").AsString(500).Nullable()
            .WithColumn("UploadedUtc").AsUtcDateTime().NotNullable()
            .WithColumn("UploadedBy").AsString(100).Nullable();

        Create.Index("UX_FileLib_FileVersions_FileId_Version").OnTable("FileLib_FileVersions")
            .OnColumn("FileId").Ascending().OnColumn("VersionNumber").Ascending().WithOptions().Unique();
    }

    public override void Down()
    {
        Delete.Table("FileLib_FileVersions");
        Delete.Table("FileLib_Files");
        Delete.Table("FileLib_FolderRules");
        Delete.Table("FileLib_Folders");
    }
}
