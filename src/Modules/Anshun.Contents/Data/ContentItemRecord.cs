namespace Anshun.Contents.Data;

/// <summary>
/// A row of <c>Content_Items</c>: one content item. The list columns (title, section, summary, ...)
/// project the published version (or the latest while never published), so portal lists and
/// counts never touch <c>Content_Versions</c>; the <c>Latest…</c> columns serve the admin list.
/// </summary>
public sealed class ContentItemRecord
{
    public string Id { get; set; } = "";

    public string ContentType { get; set; } = "";

    public string? SectionId { get; set; }

    public string Title { get; set; } = "";

    public string? Summary { get; set; }

    public string? IssuingUnitId { get; set; }

    /// <summary>True while a published version is online (and mirrors <see cref="PublishedVersion"/> for the list index).</summary>
    public bool IsPublished { get; set; }

    public DateTime? PublishedUtc { get; set; }

    public bool IsPinned { get; set; }

    public DateTime? PinnedUntilUtc { get; set; }

    public int Importance { get; set; }

    public int AttachmentCount { get; set; }

    public int ReadCount { get; set; }

    public int LatestVersion { get; set; }

    public int? PublishedVersion { get; set; }

    public string LatestTitle { get; set; } = "";

    public string? LatestSectionId { get; set; }

    public int ReviewState { get; set; }

    public DateTime? ScheduledPublishUtc { get; set; }

    public DateTime? ScheduledUnpublishUtc { get; set; }

    public string? OwnerUserId { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime ModifiedUtc { get; set; }

    public string? ModifiedBy { get; set; }

    public bool IsDeleted { get; set; }

    public DateTime? DeletedUtc { get; set; }

    public string? DeletedBy { get; set; }
}
