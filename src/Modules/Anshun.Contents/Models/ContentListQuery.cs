namespace Anshun.Contents.Models;

/// <summary>A list of published items the caller may read.</summary>
public sealed record ContentListQuery
{
    public string? ContentType { get; init; }

    /// <summary>A section id or code; its sub-sections are included unless <see cref="IncludeSubSections"/> is false.</summary>
    public string? Section { get; init; }

    public bool IncludeSubSections { get; init; } = true;

    public string? IssuingUnitId { get; init; }

    /// <summary>Published on or after this China (Asia/Shanghai) date.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Published on or before this China date.</summary>
    public DateOnly? To { get; init; }

    /// <summary>Pinned items (置顶, not expired) first, then newest first.</summary>
    public bool PinnedFirst { get; init; }

    public int Page { get; init; } = 1;

    /// <summary>1–100; out-of-range values are clamped by the query.</summary>
    public int PageSize { get; init; } = 20;
}
