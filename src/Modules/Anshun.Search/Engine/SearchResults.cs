namespace Anshun.Search.Engine;

/// <summary>
/// One page of hits (检索结果) with the total, facet counts, notices about how the query was read, and, when
/// nothing was found, suggestions of shorter queries. Everything here is already trimmed to what the reader may read.
/// </summary>
public sealed record SearchResults(int Total, int Page, int PageSize, IReadOnlyList<SearchHit> Hits)
{
    /// <summary>Counts keyed <c>type</c>, <c>section</c> and <c>unit</c> (分面统计), largest first.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets { get; init; } =
        new Dictionary<string, IReadOnlyList<FacetCount>>();

    /// <summary>Chinese sentences telling the user what was changed in the query (cut, parts dropped).</summary>
    public IReadOnlyList<string> Notices { get; init; } = [];

    /// <summary>With zero hits: queries with one part left out that do find something (去掉某词后的结果数).</summary>
    public IReadOnlyList<SearchSuggestion> Suggestions { get; init; } = [];
}
