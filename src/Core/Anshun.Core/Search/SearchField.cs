namespace Anshun.Core.Search;

/// <summary>A labelled value of a searchable document (文号: 安府办发〔2026〕12号).</summary>
public sealed record SearchField(string Label, string Text);
