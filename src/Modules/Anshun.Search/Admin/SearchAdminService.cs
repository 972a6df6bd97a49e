using Anshun.Core.Audit;
using Anshun.Core.Data;
using Anshun.Search.Data;
using Anshun.Search.Indexing;
using Microsoft.EntityFrameworkCore;

namespace Anshun.Search.Admin;

/// <summary>What the admin page and API show and do: every node's index status, and asking all nodes to rebuild.</summary>
public sealed class SearchAdminService(
    SearchDbContext db,
    IDataSession session,
    SearchIndexQueue queue,
    SearchNodeIndex node,
    IAuditLog audit)
{
    // Rebuilds are rare; the newest few are enough to tell whether one still waits for a node.
    private const int MaxRebuildsLookedAt = 20;

    /// <summary>Every node that has reported, this node first with its live figures.</summary>
    public async Task<IReadOnlyList<SearchAdminNode>> ListNodesAsync(CancellationToken cancellationToken)
    {
        var rows = await db.Nodes.AsNoTracking().OrderBy(n => n.NodeName).ToListAsync(cancellationToken);
        var rebuilds = await db.Tasks.AsNoTracking()
            .Where(t => t.Kind == SearchTaskKind.Rebuild)
            .OrderByDescending(t => t.Id)
            .Take(MaxRebuildsLookedAt)
            .Select(t => new { t.Id, t.Scope })
            .ToListAsync(cancellationToken);
        bool Queued(string nodeName, long cursor) =>
            rebuilds.Any(r => r.Id > cursor && (r.Scope is null || r.Scope == SearchTask.NodeScope(nodeName)));

        var nodes = new List<SearchAdminNode>();
        var local = node.GetStatus();
        var localRow = rows.FirstOrDefault(r => r.NodeName == local.NodeName);
        nodes.Add(new SearchAdminNode(
            local with
            {
                PendingTasks = await PendingAfterAsync(local.Cursor, cancellationToken),
                LastSeenUtc = localRow?.LastSeenUtc,
            },
            Queued(local.NodeName, local.Cursor)));
        foreach (var row in rows.Where(r => r.NodeName != local.NodeName))
        {
            var status = new SearchNodeStatus(row.NodeName, row.Directory, row.Documents, row.Cursor,
                await PendingAfterAsync(row.Cursor, cancellationToken), row.State, row.RebuildProgress, row.LastError, row.LastAppliedUtc)
            {
                LastSeenUtc = row.LastSeenUtc,
            };
            nodes.Add(new SearchAdminNode(status, Queued(row.NodeName, row.Cursor)));
        }

        return nodes;
    }

    /// <summary>Queues a rebuild every node carries out in the background, recorded in the audit log; returns the task id.</summary>
    public async Task<long> RequestRebuildAsync(CancellationToken cancellationToken)
    {
        await using var transaction = await session.BeginTransactionAsync(cancellationToken);
        var taskId = await queue.EnqueueRebuildAsync(cancellationToken: cancellationToken);
        await audit.WriteAsync(new AuditEntry(SearchAuditEvents.RebuildRequested, "全文检索索引",
            $"请求各节点重建全文检索索引（任务 {taskId}）。"), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return taskId;
    }

    private Task<int> PendingAfterAsync(long cursor, CancellationToken cancellationToken) =>
        db.Tasks.CountAsync(t => t.Id > cursor, cancellationToken);
}
