namespace Anshun.FileLibrary.Services;

/// <summary>Audit event types of the file library.</summary>
public static class FileLibraryAuditEvents
{
    public const string FolderCreated = "filelib.folder_created";
    public const string FolderUpdated = "filelib.folder_updated";
    public const string FileDeleted = "filelib.file_deleted";

    /// <summary>A program, script or disguised file was refused.</summary>
    public const string UploadRefused = "filelib.upload_refused";
}
