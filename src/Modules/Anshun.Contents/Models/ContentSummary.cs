namespace Anshun.Contents.Models;

/// <summary>A published item in a list (no body): portal lists, widgets, the API list.</summary>
/// <param name="IsPinned">Pinned now (the expiry has not passed).</param>
public sealed record ContentSummary(
    string ContentItemId,
    string ContentType,
    string? SectionId,
    string Title,
    string? Summary,
    string? IssuingUnitId,
    DateTime PublishedUtc,
    bool IsPinned,
    ContentImportance Importance,
    int ReadCount,
    int AttachmentCount);
