namespace Anshun.Core.Search;

/// <summary>
/// A module's searchable data (全文检索的数据来源), implemented by the module that owns it — content items,
/// shared files, directory entries; later documents, archives and meetings. The search module never reads
/// another module's tables: it asks the source, by key, what a document looks like now.
/// </summary>
public interface ISearchIndexSource
{
    /// <summary>Stable source name stored with every task and document: <c>content</c>, <c>files</c>, <c>directory</c>.</summary>
    string Name { get; }

    /// <summary>The document as it should be found now, or null when it must not be found (unpublished, deleted, hidden).</summary>
    Task<SearchDocument?> LoadAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>Every searchable document with a key greater than <paramref name="afterKey"/> (ordinal order), for a rebuild that can resume.</summary>
    IAsyncEnumerable<SearchDocument> ReadAllAsync(string? afterKey, CancellationToken cancellationToken = default);

    /// <summary>How many documents <see cref="ReadAllAsync"/> yields from the start, for the rebuild's progress.</summary>
    Task<int> CountAsync(CancellationToken cancellationToken = default);

    /// <summary>Keys affected by a rule change in a scope (<c>section:&lt;id&gt;</c>, <c>folder:&lt;id&gt;</c>), searchable or not.</summary>
    Task<IReadOnlyList<string>> KeysInScopeAsync(string scope, CancellationToken cancellationToken = default);
}
