namespace Anshun.Contents.Models;

/// <summary>One entry of an item's version history (历史版本): who saved it and when.</summary>
public sealed record ContentVersionInfo(
    int VersionNumber,
    string Title,
    string? AuthorUserId,
    DateTime CreatedUtc,
    bool IsPublished,
    bool IsLatest,
    string? Note);
