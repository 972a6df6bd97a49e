using Anshun.Search.Engine;
using Anshun.Search.Services;
using Anshun.Search.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Anshun.Search.Controllers;

/// <summary>
/// The portal's results page (<c>/search</c>, 全文检索): search box, filters by type, section, unit and date,
/// order, highlighted hits, facets, paging and — when nothing is found — shorter queries that find something.
/// </summary>
[Authorize]
[Route("search")]
public sealed class SearchPortalController(SearchService search) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(
        string? q, string? type, string? section, string? unit, string? from, string? to, string? sort, string? page,
        CancellationToken cancellationToken)
    {
        ViewData["Title"] = "全文检索";
        var (request, errors) = SearchQueryParser.Parse(q, type, section, unit, from, to, sort, page, null);

        // Opening the page without a query is not a mistake: it shows the empty search form.
        if (string.IsNullOrWhiteSpace(q))
        {
            errors.Remove("q");
        }

        SearchResults? results = null;
        if (request is not null)
        {
            try
            {
                results = await search.SearchAsync(User, request, cancellationToken);
            }
            catch (SearchValidationException ex)
            {
                errors[ex.Field] = [ex.Message];
            }
        }

        return View(new SearchPageViewModel
        {
            Query = q?.Trim() ?? "",
            Type = Clean(type),
            Section = Clean(section),
            Unit = Clean(unit),
            From = Clean(from),
            To = Clean(to),
            Sort = request is not null ? SearchQueryParser.SortName(request.Sort)
                : string.Equals(Clean(sort), SearchQueryParser.SortNewest, StringComparison.OrdinalIgnoreCase) ? SearchQueryParser.SortNewest
                : SearchQueryParser.SortRelevance,
            Errors = errors,
            Results = results,
        });
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
