namespace Anshun.Search.Api;

/// <summary>How many hits carry a facet value; pass <c>value</c> back as the filter of the same name.</summary>
public sealed record SearchFacetCountDto(string Value, string Label, int Count);
