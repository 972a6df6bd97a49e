using Anshun.Core.Security;

namespace Anshun.Core.Search;

/// <summary>
/// What the index keeps of one searchable thing. Text is plain (no HTML); dates inside <see cref="Fields"/>
/// are written as people search them (2026年11月20日).
/// </summary>
/// <param name="Source">The <see cref="ISearchIndexSource.Name"/> it came from.</param>
/// <param name="Key">The source's key (a content item id, a file id); unique within the source.</param>
/// <param name="Type">Machine type for the type filter and facet (<c>Notice</c>, <c>SharedFile</c>, <c>Person</c>).</param>
/// <param name="Url">Where a hit leads; the page checks rights again when opened.</param>
public sealed record SearchDocument(
    string Source,
    string Key,
    string Type,
    string Url,
    string Title)
{
    public string? Summary { get; init; }

    public string? Body { get; init; }

    /// <summary>Labelled values (文号, 讲话人, 发布单位…) searched with a lower weight than title and body.</summary>
    public IReadOnlyList<SearchField> Fields { get; init; } = [];

    /// <summary>Document numbers (安府办发〔2026〕12号) matched exactly whatever brackets the searcher types.</summary>
    public IReadOnlyList<string> DocumentNumbers { get; init; } = [];

    /// <summary>Files whose text is extracted by the search module in the background (never in the request).</summary>
    public IReadOnlyList<SearchAttachment> Attachments { get; init; } = [];

    /// <summary>Filter and facet values: <c>type</c>, <c>section</c>, <c>unit</c>.</summary>
    public IReadOnlyList<SearchFacet> Facets { get; init; } = [];

    public DateTime? PublishedUtc { get; init; }

    public SecretLevel SecretLevel { get; init; } = SecretLevel.Public;

    public SearchAccess Access { get; init; } = SearchAccess.Everyone;
}
