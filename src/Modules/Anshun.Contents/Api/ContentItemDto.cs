using System.Text.Json.Nodes;

namespace Anshun.Contents.Api;

/// <summary>One version of an item with its parts and fields (<c>GET /api/content/{id}</c>).</summary>
public sealed record ContentItemDto(
    string ContentItemId,
    string ContentType,
    int Version,
    bool IsPublished,
    bool IsLatest,
    NamedRef? Section,
    string Title,
    string? Summary,
    string? Body,
    string? Source,
    NamedRef? IssuingUnit,
    bool Pinned,
    DateTime? PinnedUntilUtc,
    string Importance,
    IReadOnlyList<AttachmentDto> Attachments,
    IReadOnlyDictionary<string, JsonNode?> Fields,
    DateTime CreatedUtc,
    DateTime ModifiedUtc,
    DateTime? PublishedUtc,
    DateTime? ScheduledPublishUtc,
    DateTime? ScheduledUnpublishUtc,
    string ReviewState,
    int ReadCount);
