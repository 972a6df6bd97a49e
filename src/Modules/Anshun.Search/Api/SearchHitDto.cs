namespace Anshun.Search.Api;

/// <summary>One hit of <c>GET /api/search</c>. <c>titleHtml</c> and <c>snippetHtml</c> are HTML-encoded with the matches in <c>&lt;mark&gt;</c>.</summary>
public sealed record SearchHitDto(
    string Source,
    string Key,
    string Type,
    string Url,
    string Title,
    string TitleHtml,
    string SnippetHtml,
    DateTime? PublishedUtc,
    IReadOnlyList<SearchFacetDto> Facets);
