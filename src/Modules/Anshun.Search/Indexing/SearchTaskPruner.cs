using Anshun.Core.Data;
using Anshun.Core.Settings;
using Anshun.Search.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Anshun.Search.Indexing;

/// <summary>
/// Deletes tasks older than <see cref="Retention"/> that every live node (reported within <see cref="LiveWindow"/>)
/// has passed, and records how far it pruned. Safe on several nodes at once: deleting twice deletes nothing more.
/// </summary>
public sealed class SearchTaskPruner(
    SearchDbContext db,
    IDataSession session,
    ISiteSettings settings,
    TimeProvider time,
    ILogger<SearchTaskPruner> logger)
{
    public static readonly TimeSpan Retention = TimeSpan.FromDays(14);
    public static readonly TimeSpan LiveWindow = TimeSpan.FromDays(1);

    public async Task<int> PruneAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var liveSince = now - LiveWindow;
        var cursors = await db.Nodes.AsNoTracking().Where(n => n.LastSeenUtc >= liveSince).Select(n => n.Cursor).ToListAsync(cancellationToken);
        if (cursors.Count == 0)
        {
            return 0;
        }

        var passed = cursors.Min();
        var cutoff = now - Retention;
        var through = await db.Tasks.Where(t => t.Id <= passed && t.CreatedUtc < cutoff).MaxAsync(t => (long?)t.Id, cancellationToken);
        if (through is not { } last)
        {
            return 0;
        }

        await using var transaction = await session.BeginTransactionAsync(cancellationToken);
        var deleted = await db.Tasks.Where(t => t.Id <= last).ExecuteDeleteAsync(cancellationToken);
        var state = await settings.GetAsync<SearchPruneState>(SearchPruneState.Key, cancellationToken);
        if (last > state.PrunedThrough)
        {
            await settings.SetAsync(SearchPruneState.Key, new SearchPruneState { PrunedThrough = last }, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Pruned {Count} search index tasks up to {TaskId}.", deleted, last);
        return deleted;
    }
}
