namespace Anshun.Core.Contents;

/// <summary>What happened to which content item, passed to every <see cref="IContentEventHandler"/>.</summary>
/// <param name="ContentItemId">The item's stable id (all versions share it).</param>
/// <param name="VersionNumber">The version concerned (1, 2, ...).</param>
/// <param name="UserId">Who did it; null for the scheduler or a recipe.</param>
public sealed record ContentEventContext(
    string ContentItemId,
    string ContentType,
    string? SectionId,
    int VersionNumber,
    string Title,
    string? UserId);
