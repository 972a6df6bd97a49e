using Anshun.Core.Data;
using Anshun.Core.Search;
using Anshun.Search.Data;

namespace Anshun.Search.Indexing;

/// <summary>
/// Writes index tasks (<c>Search_Tasks</c>) in the caller's transaction, so the index follows exactly what
/// was committed: a rolled-back change leaves no task. After the commit this node's worker is nudged.
/// </summary>
public sealed class SearchIndexQueue(SearchDbContext db, IDataSession session, SearchIndexNudge nudge, TimeProvider time) : ISearchIndexQueue
{
    private const int SourceLength = 100;
    private const int KeyLength = 200;

    public Task EnqueueAsync(string source, string key, CancellationToken cancellationToken = default)
    {
        Check(key, KeyLength, nameof(key));
        return AddAsync(new SearchTask { Source = source, Key = key, Kind = SearchTaskKind.Document }, cancellationToken);
    }

    public Task EnqueueScopeAsync(string source, string scope, CancellationToken cancellationToken = default)
    {
        Check(scope, KeyLength, nameof(scope));
        return AddAsync(new SearchTask { Source = source, Scope = scope, Kind = SearchTaskKind.Scope }, cancellationToken);
    }

    /// <summary>重建索引: every node (or only <paramref name="nodeName"/>) rebuilds its index from all sources.</summary>
    public Task<long> EnqueueRebuildAsync(string? nodeName = null, CancellationToken cancellationToken = default) =>
        AddAsync(new SearchTask
        {
            Source = SearchTask.AllSources,
            Scope = nodeName is null ? null : SearchTask.NodeScope(nodeName),
            Kind = SearchTaskKind.Rebuild,
        }, cancellationToken);

    private async Task<long> AddAsync(SearchTask task, CancellationToken cancellationToken)
    {
        Check(task.Source, SourceLength, "source");
        task.CreatedUtc = time.GetUtcNow().UtcDateTime;
        db.Tasks.Add(task);
        await db.SaveChangesAsync(cancellationToken);
        db.Entry(task).State = Microsoft.EntityFrameworkCore.EntityState.Detached;
        session.AfterCommit(nudge.Signal);
        return task.Id;
    }

    private static void Check(string value, int maxLength, string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value, name);
        if (value.Length > maxLength)
        {
            throw new ArgumentException($"Index task {name} is longer than {maxLength} characters.", name);
        }
    }
}
