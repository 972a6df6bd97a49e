namespace Anshun.Search.Api;

/// <summary>A hit's <c>type</c>, <c>section</c> or <c>unit</c> value with its Chinese label.</summary>
public sealed record SearchFacetDto(string Name, string Value, string Label);
