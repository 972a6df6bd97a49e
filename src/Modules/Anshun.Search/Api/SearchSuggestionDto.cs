namespace Anshun.Search.Api;

/// <summary>With zero hits: the query without <c>dropped</c> finds <c>count</c> items.</summary>
public sealed record SearchSuggestionDto(string Query, string Dropped, int Count);
