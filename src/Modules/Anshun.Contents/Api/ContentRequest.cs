using System.Text.Json.Nodes;

namespace Anshun.Contents.Api;

/// <summary>Body of <c>POST /api/content</c> and <c>PUT /api/content/{id}</c>.</summary>
/// <param name="Importance">Normal（一般）、Important（重要）或 Urgent（紧急）.</param>
public sealed record ContentRequest(
    string? ContentType,
    string? SectionId,
    string? Title,
    string? Summary,
    string? Body,
    string? Source,
    string? IssuingUnitId,
    bool? Pinned,
    DateTime? PinnedUntilUtc,
    string? Importance,
    IReadOnlyList<string>? AttachmentIds,
    JsonObject? Fields);
