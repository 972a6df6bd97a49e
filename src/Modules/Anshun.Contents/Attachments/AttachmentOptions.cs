namespace Anshun.Contents.Attachments;

/// <summary>The <c>Anshun:Contents</c> settings of attachments.</summary>
public sealed class AttachmentOptions
{
    public const string SectionName = "Anshun:Contents";

    /// <summary>Largest attachment accepted, in bytes (default 50 MB).</summary>
    public long MaxAttachmentBytes { get; set; } = 50L * 1024 * 1024;

    /// <summary>Most files in one upload request.</summary>
    public int MaxFilesPerUpload { get; set; } = 20;
}
