namespace Anshun.Search.ViewModels;

/// <summary>A facet value offered as a filter link on the results page, with its count and whether it is applied.</summary>
public sealed record SearchFilterOption(string Value, string Label, int Count, bool IsSelected, string Url);
