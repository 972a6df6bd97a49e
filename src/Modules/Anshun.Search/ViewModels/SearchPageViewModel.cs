using System.Globalization;
using Anshun.Search.Engine;
using Anshun.Search.Services;
using Microsoft.AspNetCore.WebUtilities;

namespace Anshun.Search.ViewModels;

/// <summary>
/// The portal results page (全文检索): the form as the user filled it, the errors of a bad parameter, and — when a
/// search ran — the hits, facets, notices, suggestions and page links. Every link keeps the other filters.
/// </summary>
public sealed class SearchPageViewModel
{
    public const string Path = "/search";

    private static readonly (string Name, string Title)[] _facetTitles = [("type", "内容类型"), ("section", "栏目"), ("unit", "发布单位")];

    public string Query { get; init; } = "";

    public string? Type { get; init; }

    public string? Section { get; init; }

    public string? Unit { get; init; }

    public string? From { get; init; }

    public string? To { get; init; }

    public string Sort { get; init; } = SearchQueryParser.SortRelevance;

    /// <summary>Errors of bad parameters, keyed by parameter name (the field is marked in the form).</summary>
    public IReadOnlyDictionary<string, string[]> Errors { get; init; } = new Dictionary<string, string[]>();

    /// <summary>Null when nothing was searched (no query yet, or a bad parameter).</summary>
    public SearchResults? Results { get; init; }

    public bool HasFilters => Type is not null || Section is not null || Unit is not null || From is not null || To is not null;

    /// <summary>Pages that can be opened (never more than <see cref="SearchQueryParser.MaxPage"/>).</summary>
    public int TotalPages => Results is { PageSize: > 0 } r ? Math.Min((r.Total + r.PageSize - 1) / r.PageSize, SearchQueryParser.MaxPage) : 0;

    public string? ErrorFor(string field) => Errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;

    public IReadOnlyList<SearchFacetGroup> FacetGroups()
    {
        if (Results is null)
        {
            return [];
        }

        var groups = new List<SearchFacetGroup>();
        foreach (var (name, title) in _facetTitles)
        {
            var selected = Selected(name);
            var counts = Results.Facets.TryGetValue(name, out var found) ? found : [];
            var options = counts
                .Select(c => new SearchFilterOption(c.Value, c.Label, c.Count, c.Value == selected, Url(name, c.Value)))
                .ToList();
            if (options.Count > 0 || selected is not null)
            {
                groups.Add(new SearchFacetGroup(name, title, options, selected is null ? null : Url(name, null)));
            }
        }

        return groups;
    }

    /// <summary>The label of a hit's facet (the deepest section when there are several), or null.</summary>
    public static string? LabelOf(SearchHit hit, string name) => hit.Facets.LastOrDefault(f => f.Name == name)?.Label;

    public string PageUrl(int page) => Build(new() { ["page"] = page.ToString(CultureInfo.InvariantCulture) });

    public string SuggestionUrl(SearchSuggestion suggestion) => Build(new() { ["q"] = suggestion.Query });

    /// <summary>The search with every filter cleared, keeping the query and order.</summary>
    public string ClearFiltersUrl() =>
        Build(new() { ["type"] = null, ["section"] = null, ["unit"] = null, ["from"] = null, ["to"] = null });

    private string? Selected(string name) => name switch
    {
        "type" => Type,
        "section" => Section,
        _ => Unit,
    };

    // Changing a filter starts again at page 1.
    private string Url(string name, string? value) => Build(new() { [name] = value });

    private string Build(Dictionary<string, string?> changes)
    {
        var values = new Dictionary<string, string?>
        {
            ["q"] = Query,
            ["type"] = Type,
            ["section"] = Section,
            ["unit"] = Unit,
            ["from"] = From,
            ["to"] = To,
            ["sort"] = Sort == SearchQueryParser.SortRelevance ? null : Sort,
        };
        foreach (var (key, value) in changes)
        {
            values[key] = value;
        }

        return QueryHelpers.AddQueryString(Path, values.Where(v => !string.IsNullOrEmpty(v.Value)));
    }
}
