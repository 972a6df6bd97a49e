namespace Anshun.Search.ViewModels;

/// <summary>One facet (内容类型, 栏目, 发布单位) of the results page: its options and the link that clears it.</summary>
public sealed record SearchFacetGroup(string Name, string Title, IReadOnlyList<SearchFilterOption> Options, string? ClearUrl);
