namespace Anshun.Contents.Api;

/// <summary>A field of a content type as the API describes it (type spelled out: Text, Html, Date, ...).</summary>
public sealed record ContentTypeFieldDto(
    string Name,
    string DisplayName,
    string Type,
    bool Required,
    string? Hint,
    int? MaxLength,
    decimal? Minimum,
    decimal? Maximum,
    bool Multiple,
    IReadOnlyList<string> Options);
