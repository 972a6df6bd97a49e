using Lucene.Net.Search;

namespace Anshun.Search.Engine;

/// <summary>A query part with the Lucene query it became and what its snippets mark.</summary>
internal sealed record AnalysedPart(QueryPart Part, Query Query, HighlightPart Highlight);
