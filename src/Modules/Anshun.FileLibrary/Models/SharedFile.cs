namespace Anshun.FileLibrary.Models;

/// <summary>共享文件: a row of <c>FileLib_Files</c>, describing its current version.</summary>
public sealed class SharedFile
{
    public string Id { get; set; } = "";

    public string FolderId { get; set; } = "";

    /// <summary>The current version's file name.</summary>
    public string Name { get; set; } = "";

    public int CurrentVersion { get; set; }

    public string MediaType { get; set; } = "";

    public long Size { get; set; }

    public string Sha256 { get; set; } = "";

    /// <summary>Downloads of every version (下载次数).</summary>
    public long DownloadCount { get; set; }

    public DateTime CreatedUtc { get; set; }

    public string? CreatedBy { get; set; }

    public DateTime ModifiedUtc { get; set; }

    public string? ModifiedBy { get; set; }

    public bool IsDeleted { get; set; }

    public DateTime? DeletedUtc { get; set; }

    public string? DeletedBy { get; set; }
}
