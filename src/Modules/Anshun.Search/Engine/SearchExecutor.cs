using Anshun.Core.Search;
using Lucene.Net.Documents;
using Lucene.Net.Search;

namespace Anshun.Search.Engine;

/// <summary>
/// Runs one parsed search on one searcher: hits, total and facet counts in a single pass over the filtered
/// query, then snippets for the page and, when nothing was found, the counts for dropping each part.
/// </summary>
internal static class SearchExecutor
{
    /// <summary>Deep pages cost memory for every hit before them; nobody reads past this.</summary>
    public const int MaxDepth = 10_000;

    public const string NothingSearchableNotice = "检索内容中没有可以检索的文字，请换一种说法。";

    /// <param name="layout">How the searched index lays out its fields; the clauses follow it.</param>
    public static SearchResults Execute(IndexSearcher searcher, ParsedQuery parsed, Filter filter, SearchRequest request, IndexLayout layout)
    {
        var pageSize = request.PageSize is >= 1 and <= SearchRequest.MaxPageSize ? request.PageSize
            : request.PageSize < 1 ? 10 : SearchRequest.MaxPageSize;
        var page = Math.Max(1, request.Page);
        var parts = parsed.Parts.Select(part => PartQueryBuilder.Build(part, layout)).OfType<AnalysedPart>().ToList();
        if (parts.Count == 0)
        {
            return new SearchResults(0, page, pageSize, [])
            {
                Facets = new FacetCollector().GetCounts(),
                Notices = [.. parsed.Notices, NothingSearchableNotice],
            };
        }

        var query = PartQueryBuilder.Combine(parts);
        var offset = (long)(page - 1) * pageSize;
        var start = (int)Math.Min(offset, MaxDepth);
        var (found, facets) = SlicedSearch.Run(searcher, query, filter, CreateSort(request.Sort), start, pageSize);

        var highlights = parts.Select(p => p.Highlight).ToList();
        List<SearchHit> hits = offset > MaxDepth ? [] : [.. found.ScoreDocs
            .Select(scoreDoc => ToHit(searcher.Doc(scoreDoc.Doc), scoreDoc.Score, highlights))];

        return new SearchResults(found.TotalHits, page, pageSize, hits)
        {
            Facets = facets,
            Notices = parsed.Notices,
            Suggestions = found.TotalHits == 0 ? Suggest(searcher, parts, filter) : [],
        };
    }

    /// <summary>Null for relevance (score, then doc id); newest first, then score, for <see cref="SearchSort.Newest"/>.</summary>
    private static Sort? CreateSort(SearchSort sort) => sort == SearchSort.Newest
        ? new Sort(new SortField(IndexFields.Published, SortFieldType.INT64, true), SortField.FIELD_SCORE)
        : null;

    /// <summary>Zero hits with several parts: how many each query with one part left out would find (trimmed alike).</summary>
    private static IReadOnlyList<SearchSuggestion> Suggest(IndexSearcher searcher, IReadOnlyList<AnalysedPart> parts, Filter filter)
    {
        if (parts.Count < 2)
        {
            return [];
        }

        var suggestions = new List<SearchSuggestion>();
        for (var dropped = 0; dropped < parts.Count; dropped++)
        {
            var rest = parts.Where((_, i) => i != dropped).ToList();
            var counter = new TotalHitCountCollector();
            searcher.Search(PartQueryBuilder.Combine(rest), filter, counter);
            if (counter.TotalHits > 0)
            {
                suggestions.Add(new SearchSuggestion(
                    string.Join(' ', rest.Select(p => p.Part.Display)), parts[dropped].Part.Text, counter.TotalHits));
            }
        }

        return [.. suggestions.OrderByDescending(s => s.Count)];
    }

    private static SearchHit ToHit(Document document, float score, IReadOnlyList<HighlightPart> highlights)
    {
        var title = document.Get(IndexFields.Title) ?? "";
        var text = document.Get(IndexFields.Text) ?? "";
        var ticks = document.GetField(IndexFields.PublishedStored)?.GetInt64Value();
        var facets = document.GetValues(IndexFields.Facet)
            .Select(value => value.Split(IndexFields.Separator))
            .Where(parts => parts.Length == 3)
            .Select(parts => new SearchFacet(parts[0], parts[1], parts[2]))
            .ToList();

        return new SearchHit(
            document.Get(IndexFields.Source) ?? "",
            document.Get(IndexFields.Key) ?? "",
            document.Get(IndexFields.Type) ?? "",
            document.Get(IndexFields.Url) ?? "",
            title,
            SnippetBuilder.Highlight(title, highlights),
            SnippetBuilder.Snippet(text, highlights),
            ticks is { } value ? new DateTime(value, DateTimeKind.Utc) : null,
            score)
        {
            Facets = facets,
        };
    }
}
