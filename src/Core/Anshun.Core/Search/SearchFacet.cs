namespace Anshun.Core.Search;

/// <summary>A filter and facet value: <paramref name="Name"/> is <c>type</c>, <c>section</c> or <c>unit</c>; <paramref name="Label"/> is shown (电子公告, 安顺市教育局).</summary>
public sealed record SearchFacet(string Name, string Value, string Label);
