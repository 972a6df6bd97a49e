namespace Anshun.Search.Engine;

/// <summary>How many hits carry one facet value (分面计数), e.g. section <c>notices</c> 电子公告: 12.</summary>
public sealed record FacetCount(string Value, string Label, int Count);
