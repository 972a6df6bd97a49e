using Anshun.Core.Settings;
using Anshun.Search.Data;
using Anshun.Search.Engine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Anshun.Search.Indexing;

/// <summary>
/// Applies the task log after this node's cursor to its live index (追赶索引任务), batch by batch, each
/// batch committed with the cursor it reaches. A rebuild task is noted in the cursor and carried out by
/// <see cref="SearchRebuilder"/> while this keeps feeding the live index. An index without a cursor (new,
/// or unreadable and replaced) asks for a rebuild of this node first, and so does an index laid out the old way
/// (<see cref="IndexLayout.Separate"/>): it keeps answering, with queries that fit it, until the rebuild swaps in.
/// </summary>
public sealed class SearchCatchUp(
    SearchDbContext db,
    SearchNodeIndex node,
    SearchDocumentIndexer indexer,
    SearchNodeRecorder recorder,
    ISiteSettings settings,
    TimeProvider time,
    ILogger<SearchCatchUp> logger)
{
    public const int BatchSize = 200;
    private const int MaxBatchesPerRun = 50;

    /// <summary>Runs until the log is caught up (or a run's share of batches is done); returns the tasks applied.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var applied = 0;
        await node.WriteGate.WaitAsync(cancellationToken);
        try
        {
            var live = node.Live;
            var cursor = node.Cursor;
            if (cursor is null)
            {
                await EnqueueOwnRebuildAsync(cancellationToken);
                cursor = SearchCursor.Start;
                node.CommitLive(cursor);
            }
            else if (cursor.High > 0)
            {
                var pruned = (await settings.GetAsync<SearchPruneState>(SearchPruneState.Key, cancellationToken)).PrunedThrough;
                if (cursor.High < pruned)
                {
                    // Tasks this node never applied were pruned while it was away: only a rebuild brings it back.
                    logger.LogWarning("Node {Node} is behind the pruned task log ({High} < {Pruned}).", node.NodeName, cursor.High, pruned);
                    var rebuild = await EnqueueOwnRebuildAsync(cancellationToken);
                    cursor = cursor with { High = Math.Min(pruned, rebuild - 1), Gaps = [] };
                    node.CommitLive(cursor);
                }
            }

            if (live.Layout != IndexLayout.Folded && cursor.Rebuild is null && !await RebuildQueuedAfterAsync(cursor.High, cancellationToken))
            {
                logger.LogInformation("Search index of node {Node} has the {Layout} layout; it is rebuilt in the current one.", node.NodeName, live.Layout);
                await EnqueueOwnRebuildAsync(cancellationToken);
            }

            for (var batch = 0; batch < MaxBatchesPerRun; batch++)
            {
                var tasks = await ReadBatchAsync(cursor, cancellationToken);
                var now = time.GetUtcNow().UtcDateTime;
                if (tasks.Count == 0)
                {
                    var trimmed = cursor.WithoutExpiredGaps(now);
                    if (trimmed.Gaps.Count != cursor.Gaps.Count)
                    {
                        node.CommitLive(trimmed);
                    }

                    break;
                }

                await indexer.ApplyTasksAsync(live, tasks, cancellationToken);
                foreach (var task in tasks)
                {
                    cursor = Advance(task, cursor, now);
                }

                cursor = cursor.WithoutExpiredGaps(now);
                node.CommitLive(cursor);
                node.RecordApplied(now);
                applied += tasks.Count;
                if (tasks.Count < BatchSize)
                {
                    break;
                }
            }
        }
        finally
        {
            node.WriteGate.Release();
        }

        await recorder.SaveAsync(db, cancellationToken);
        return applied;
    }

    /// <summary>The cursor past <paramref name="task"/>; a rebuild this node must carry out is noted in it.</summary>
    private SearchCursor Advance(SearchTask task, SearchCursor cursor, DateTime now)
    {
        if (task.Kind == SearchTaskKind.Rebuild && (task.Scope is null || task.Scope == SearchTask.NodeScope(node.NodeName)))
        {
            logger.LogInformation("Node {Node} reached rebuild task {TaskId}.", node.NodeName, task.Id);
            cursor = cursor with { Rebuild = new PendingRebuild(task.Id, cursor.Position) };
        }

        return cursor.Applied(task.Id, now);
    }

    private async Task<List<SearchTask>> ReadBatchAsync(SearchCursor cursor, CancellationToken cancellationToken)
    {
        var high = cursor.High;
        var gaps = cursor.GapIds();
        var query = gaps.Count == 0
            ? db.Tasks.AsNoTracking().Where(t => t.Id > high)
            : db.Tasks.AsNoTracking().Where(t => t.Id > high || gaps.Contains(t.Id));
        return await query.OrderBy(t => t.Id).Take(BatchSize).ToListAsync(cancellationToken);
    }

    /// <summary>Whether a rebuild this node will carry out is already in the log past <paramref name="high"/>.</summary>
    private Task<bool> RebuildQueuedAfterAsync(long high, CancellationToken cancellationToken)
    {
        var scope = SearchTask.NodeScope(node.NodeName);
        return db.Tasks.AsNoTracking().AnyAsync(
            t => t.Id > high && t.Kind == SearchTaskKind.Rebuild && (t.Scope == null || t.Scope == scope), cancellationToken);
    }

    private async Task<long> EnqueueOwnRebuildAsync(CancellationToken cancellationToken)
    {
        logger.LogInformation("A rebuild of search node {Node} is queued.", node.NodeName);
        var task = new SearchTask
        {
            Source = SearchTask.AllSources,
            Scope = SearchTask.NodeScope(node.NodeName),
            Kind = SearchTaskKind.Rebuild,
            CreatedUtc = time.GetUtcNow().UtcDateTime,
        };
        db.Tasks.Add(task);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return task.Id;
    }
}
