using Anshun.Search.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Anshun.Search.Indexing;

/// <summary>
/// Writes this node's status to <c>Search_Nodes</c> for the admin page: when it changed, and otherwise at
/// most every <see cref="HeartbeatInterval"/> (an idle node polling every second stays off the write lock).
/// </summary>
public sealed class SearchNodeRecorder(SearchNodeIndex node, TimeProvider time, ILogger<SearchNodeRecorder> logger)
{
    public static readonly TimeSpan HeartbeatInterval = TimeSpan.FromSeconds(30);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private SearchNodeStatus? _written;
    private DateTime _writtenUtc;

    public async Task SaveAsync(SearchDbContext db, CancellationToken cancellationToken)
    {
        var status = node.GetStatus();
        var now = time.GetUtcNow().UtcDateTime;
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (status == _written && now - _writtenUtc < HeartbeatInterval)
            {
                return;
            }

            var row = await db.Nodes.FirstOrDefaultAsync(n => n.NodeName == status.NodeName, cancellationToken);
            if (row is null)
            {
                row = new SearchNode { NodeName = status.NodeName };
                db.Nodes.Add(row);
            }

            row.Directory = Truncate(status.Directory, 1000)!;
            row.Cursor = status.Cursor;
            row.Documents = status.DocumentCount;
            row.State = status.State;
            row.RebuildProgress = status.RebuildProgress;
            row.LastError = Truncate(status.LastError, 2000);
            row.LastAppliedUtc = status.LastAppliedUtc;
            row.LastSeenUtc = now;
            await db.SaveChangesAsync(cancellationToken);
            _written = status;
            _writtenUtc = now;
        }
        catch (DbUpdateException ex)
        {
            // Status only: the next run writes it again.
            logger.LogWarning(ex, "Status of search node {Node} could not be saved.", status.NodeName);
            db.ChangeTracker.Clear();
        }
        finally
        {
            _gate.Release();
        }
    }

    private static string? Truncate(string? text, int length) => text is null || text.Length <= length ? text : text[..length];
}
