using System.Text.Json.Nodes;

namespace Anshun.Contents.Models;

/// <summary>One version of a content item with its parts and fields, as pages and the API show it.</summary>
public sealed class ContentItemView
{
    public required string ContentItemId { get; init; }

    public required string ContentType { get; init; }

    public required int VersionNumber { get; init; }

    /// <summary>This version is the published one.</summary>
    public bool IsPublished { get; init; }

    /// <summary>This version is the newest one.</summary>
    public bool IsLatest { get; init; }

    public string? SectionId { get; init; }

    public string Title { get; init; } = "";

    public string? Summary { get; init; }

    /// <summary>Sanitized HTML.</summary>
    public string? Body { get; init; }

    public string? Source { get; init; }

    public string? IssuingUnitId { get; init; }

    public bool Pinned { get; init; }

    public DateTime? PinnedUntilUtc { get; init; }

    public ContentImportance Importance { get; init; }

    public IReadOnlyList<AttachmentInfo> Attachments { get; init; } = [];

    public IReadOnlyDictionary<string, JsonNode?> Fields { get; init; } = new Dictionary<string, JsonNode?>();

    /// <summary>Who created the item (its owner).</summary>
    public string? OwnerUserId { get; init; }

    /// <summary>Who saved this version.</summary>
    public string? AuthorUserId { get; init; }

    public DateTime CreatedUtc { get; init; }

    /// <summary>When this version was saved.</summary>
    public DateTime ModifiedUtc { get; init; }

    /// <summary>When the item was (last) published; null while never published.</summary>
    public DateTime? PublishedUtc { get; init; }

    /// <summary>The item has a published version (maybe not this one).</summary>
    public bool HasPublished { get; init; }

    public DateTime? ScheduledPublishUtc { get; init; }

    public DateTime? ScheduledUnpublishUtc { get; init; }

    public ReviewState ReviewState { get; init; }

    /// <summary>Distinct readers so far (阅读次数 as people, not page views).</summary>
    public int ReadCount { get; init; }

    /// <summary>Optimistic concurrency token for the API's ETag and for edit forms.</summary>
    public string ETag => $"\"{ContentItemId}-{VersionNumber}-{ModifiedUtc.Ticks}-{ReadCount}\"";
}
