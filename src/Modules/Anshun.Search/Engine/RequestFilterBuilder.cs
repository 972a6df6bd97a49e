using Anshun.Core.Time;
using Lucene.Net.Index;
using Lucene.Net.Queries;
using Lucene.Net.Search;

namespace Anshun.Search.Engine;

/// <summary>
/// The request's filters (type, section, unit, Beijing date range) joined with the reader's permission filter.
/// They are filters, not scores: they decide what is found, never the order.
/// </summary>
internal static class RequestFilterBuilder
{
    public const string DateOrderMessage = "截止日期不能早于起始日期。";

    /// <exception cref="SearchValidationException">The date range is reversed.</exception>
    public static Filter Build(SearchRequest request, Filter access)
    {
        if (request.From is { } from && request.To is { } to && to < from)
        {
            throw new SearchValidationException("to", DateOrderMessage);
        }

        var filter = new BooleanFilter { new FilterClause(access, Occur.MUST) };
        AddFacet(filter, "type", request.Type);
        AddFacet(filter, "section", request.Section);
        AddFacet(filter, "unit", request.Unit);
        if (request.From is not null || request.To is not null)
        {
            // A Beijing day starts at 16:00 UTC the evening before; To includes its whole day.
            long? min = request.From is { } first ? ChinaTime.ToUtc(first.ToDateTime(TimeOnly.MinValue)).Ticks : null;
            long? max = request.To is { } last && last < DateOnly.MaxValue ? ChinaTime.ToUtc(last.AddDays(1).ToDateTime(TimeOnly.MinValue)).Ticks : null;
            filter.Add(new FilterClause(NumericRangeFilter.NewInt64Range(IndexFields.PublishedRange, min, max, true, false), Occur.MUST));
        }

        return filter;
    }

    private static void AddFacet(BooleanFilter filter, string facet, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            filter.Add(new FilterClause(new TermFilter(new Term(IndexFields.FacetFilter(facet), value.Trim())), Occur.MUST));
        }
    }
}
