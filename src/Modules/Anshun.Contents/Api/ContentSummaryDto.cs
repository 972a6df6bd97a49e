namespace Anshun.Contents.Api;

/// <summary>A published item in <c>GET /api/content</c>.</summary>
public sealed record ContentSummaryDto(
    string ContentItemId,
    string ContentType,
    NamedRef? Section,
    string Title,
    string? Summary,
    NamedRef? IssuingUnit,
    DateTime PublishedUtc,
    bool Pinned,
    string Importance,
    int ReadCount,
    int AttachmentCount,
    string Url);
