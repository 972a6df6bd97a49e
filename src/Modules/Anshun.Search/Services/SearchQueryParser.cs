using System.Globalization;
using Anshun.Search.Engine;

namespace Anshun.Search.Services;

/// <summary>
/// Reads the query string of <c>/api/search</c> and <c>/search</c> into a <see cref="SearchRequest"/>, naming each
/// bad parameter in Chinese (dates yyyy-MM-dd as Beijing days, sort relevance|newest, page and page size in range).
/// </summary>
public static class SearchQueryParser
{
    public const int MaxPage = 1000;

    public const string SortRelevance = "relevance";

    public const string SortNewest = "newest";

    /// <summary>The request, or the errors keyed by parameter name when one is bad (then nothing is searched).</summary>
    public static (SearchRequest? Request, Dictionary<string, string[]> Errors) Parse(
        string? q, string? type, string? section, string? unit, string? from, string? to,
        string? sort, string? page, string? pageSize)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(q))
        {
            errors["q"] = ["请输入要搜索的内容。"];
        }

        var fromDate = ParseDate(from, "from", "起始日期格式应为 yyyy-MM-dd，例如 2026-11-01。", errors);
        var toDate = ParseDate(to, "to", "截止日期格式应为 yyyy-MM-dd，例如 2026-11-30。", errors);
        if (fromDate > toDate)
        {
            errors["to"] = ["截止日期不能早于起始日期。"];
        }

        var order = SearchSort.Relevance;
        if (!string.IsNullOrWhiteSpace(sort))
        {
            switch (sort.Trim().ToLowerInvariant())
            {
                case SortRelevance:
                    break;
                case SortNewest:
                    order = SearchSort.Newest;
                    break;
                default:
                    errors["sort"] = ["排序方式只能是 relevance（按相关度）或 newest（按发布时间）。"];
                    break;
            }
        }

        var pageNumber = ParseInt(page, 1, 1, MaxPage, "page", $"页码必须是 1 到 {MaxPage} 之间的整数。", errors);
        var size = ParseInt(pageSize, 10, 1, SearchRequest.MaxPageSize, "pageSize", $"每页条数必须是 1 到 {SearchRequest.MaxPageSize} 之间的整数。", errors);
        if (errors.Count > 0)
        {
            return (null, errors);
        }

        return (new SearchRequest(q!.Trim())
        {
            Type = Clean(type),
            Section = Clean(section),
            Unit = Clean(unit),
            From = fromDate,
            To = toDate,
            Sort = order,
            Page = pageNumber,
            PageSize = size,
        }, errors);
    }

    public static string SortName(SearchSort sort) => sort == SearchSort.Newest ? SortNewest : SortRelevance;

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static DateOnly? ParseDate(string? text, string field, string message, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors[field] = [message];
        return null;
    }

    private static int ParseInt(string? text, int fallback, int min, int max, string field, string message, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        errors[field] = [message];
        return fallback;
    }
}
