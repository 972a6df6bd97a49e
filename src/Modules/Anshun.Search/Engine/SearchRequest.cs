namespace Anshun.Search.Engine;

/// <summary>
/// One search as the user asked it (检索条件): the text exactly as typed plus the filters. Dates are Beijing
/// calendar days; <see cref="To"/> includes its whole day.
/// </summary>
public sealed record SearchRequest(string Query)
{
    /// <summary>The largest page a caller may ask for; larger values are cut down, not refused.</summary>
    public const int MaxPageSize = 50;

    /// <summary>Content type filter (内容类型), the <c>type</c> facet value.</summary>
    public string? Type { get; init; }

    /// <summary>Section filter (栏目), the <c>section</c> facet value.</summary>
    public string? Section { get; init; }

    /// <summary>Issuing unit filter (发布单位), the <c>unit</c> facet value.</summary>
    public string? Unit { get; init; }

    /// <summary>First Beijing day of publication to include (起始日期).</summary>
    public DateOnly? From { get; init; }

    /// <summary>Last Beijing day of publication to include (截止日期).</summary>
    public DateOnly? To { get; init; }

    public SearchSort Sort { get; init; } = SearchSort.Relevance;

    /// <summary>1-based page number.</summary>
    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = 10;
}
