namespace Anshun.Contents.Attachments;

/// <summary>A row of <c>Content_Attachments</c>: one uploaded file (附件) and the item that uses it.</summary>
public sealed class AttachmentRecord
{
    public string Id { get; set; } = "";

    public string FileName { get; set; } = "";

    public string MediaType { get; set; } = "";

    public long Size { get; set; }

    /// <summary>Lower-case hex; also the name of the stored file.</summary>
    public string Sha256 { get; set; } = "";

    public DateTime UploadedUtc { get; set; }

    public string? UploadedBy { get; set; }

    /// <summary>Null until an item version is saved with it.</summary>
    public string? ContentItemId { get; set; }
}
