using Anshun.Search.Indexing;

namespace Anshun.Search.Admin;

/// <summary>
/// One node's row on the 全文检索 page: its reported status, and whether a rebuild it has not reached yet waits
/// for it in the task log (重建索引 was just pressed), so the page can say so before the node starts on it.
/// </summary>
public sealed record SearchAdminNode(SearchNodeStatus Status, bool RebuildQueued)
{
    /// <summary>A rebuild is in the task log but the node has not reached it yet.</summary>
    public const string Queued = "等待重建";

    /// <summary>正常, 等待重建 or 重建中.</summary>
    public string State => Status.State == SearchNodeStatus.Normal && RebuildQueued ? Queued : Status.State;

    /// <summary>Rebuilding or about to: the page keeps refreshing this node until it is 正常 again.</summary>
    public bool IsBusy => State != SearchNodeStatus.Normal;

    /// <summary>0–100 while rebuilding; 0 before the node has read anything.</summary>
    public int ProgressPercent => Status.RebuildProgress is { } progress ? (int)Math.Clamp(progress * 100, 0, 100) : 0;
}
