namespace Anshun.Core.Search;

/// <summary>
/// Tells every node's search index to look again at a document or a scope. Writes a task row inside the
/// caller's transaction, so the index follows exactly what was committed. Without the search module the
/// kernel's <see cref="NullSearchIndexQueue"/> does nothing.
/// </summary>
public interface ISearchIndexQueue
{
    Task EnqueueAsync(string source, string key, CancellationToken cancellationToken = default);

    /// <summary>A rule change: every key of the scope (<c>section:&lt;id&gt;</c>, <c>folder:&lt;id&gt;</c>) is looked at again.</summary>
    Task EnqueueScopeAsync(string source, string scope, CancellationToken cancellationToken = default);
}
