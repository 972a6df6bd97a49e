namespace Anshun.FileLibrary.Models;

/// <summary>文件版本: a row of <c>FileLib_FileVersions</c>; every upload of a file is kept.</summary>
public sealed class SharedFileVersion
{
    public long Id { get; set; }

    public string FileId { get; set; } = "";

    public int VersionNumber { get; set; }

    public string FileName { get; set; } = "";

    public string MediaType { get; set; } = "";

    public long Size { get; set; }

    public string Sha256 { get; set; } = "";

    /// <summary>修改说明 given with the upload.</summary>
    public string? Note { get; set; }

    public DateTime UploadedUtc { get; set; }

    public string? UploadedBy { get; set; }

    /// <summary>Downloads of this version (added by migration 2).</summary>
    public long DownloadCount { get; set; }
}
