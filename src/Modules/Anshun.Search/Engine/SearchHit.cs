using Anshun.Core.Search;

namespace Anshun.Search.Engine;

/// <summary>
/// One found document (命中结果). <see cref="TitleHtml"/> and <see cref="SnippetHtml"/> are HTML-encoded text
/// with the matches wrapped in <c>&lt;mark&gt;</c>, safe to write into a page as they are.
/// </summary>
public sealed record SearchHit(
    string Source,
    string Key,
    string Type,
    string Url,
    string Title,
    string TitleHtml,
    string SnippetHtml,
    DateTime? PublishedUtc,
    float Score)
{
    /// <summary>The document's <c>type</c>, <c>section</c> and <c>unit</c> values with their labels.</summary>
    public IReadOnlyList<SearchFacet> Facets { get; init; } = [];
}
