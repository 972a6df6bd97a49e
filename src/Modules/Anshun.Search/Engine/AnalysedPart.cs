namespace Anshun.Search.Engine;

/// <summary>A query part with the clauses it became and what its snippets mark.</summary>
internal sealed record AnalysedPart(QueryPart Part, ScoredPart Scoring, HighlightPart Highlight);
