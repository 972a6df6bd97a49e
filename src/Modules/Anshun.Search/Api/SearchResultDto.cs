namespace Anshun.Search.Api;

/// <summary>
/// One page of <c>GET /api/search</c> with its paging metadata, facet counts keyed <c>type</c>/<c>section</c>/<c>unit</c>,
/// notices on how the query was read and, when nothing was found, shorter queries that find something.
/// </summary>
public sealed record SearchResultDto(
    string Query,
    IReadOnlyList<SearchHitDto> Hits,
    int Page,
    int PageSize,
    int TotalCount,
    int TotalPages,
    IReadOnlyDictionary<string, IReadOnlyList<SearchFacetCountDto>> Facets,
    IReadOnlyList<string> Notices,
    IReadOnlyList<SearchSuggestionDto> Suggestions)
{
    public static SearchResultDto From(string query, Engine.SearchResults results) => new(
        query,
        results.Hits.Select(h => new SearchHitDto(
            h.Source, h.Key, h.Type, h.Url, h.Title, h.TitleHtml, h.SnippetHtml, h.PublishedUtc,
            h.Facets.Select(f => new SearchFacetDto(f.Name, f.Value, f.Label)).ToList())).ToList(),
        results.Page,
        results.PageSize,
        results.Total,
        results.PageSize <= 0 ? 0 : (results.Total + results.PageSize - 1) / results.PageSize,
        results.Facets.ToDictionary(
            f => f.Key,
            f => (IReadOnlyList<SearchFacetCountDto>)f.Value.Select(c => new SearchFacetCountDto(c.Value, c.Label, c.Count)).ToList()),
        results.Notices,
        results.Suggestions.Select(s => new SearchSuggestionDto(s.Query, s.Dropped, s.Count)).ToList());
}
