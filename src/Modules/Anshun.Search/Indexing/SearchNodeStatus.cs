namespace Anshun.Search.Indexing;

/// <summary>
/// One node's index as the admin page shows it (检索节点状态). <paramref name="PendingTasks"/> is counted
/// from the task log (null when not asked); <paramref name="State"/> is 正常 or 重建中.
/// </summary>
public sealed record SearchNodeStatus(
    string NodeName,
    string Directory,
    int DocumentCount,
    long Cursor,
    long? PendingTasks,
    string State,
    double? RebuildProgress,
    string? LastError,
    DateTime? LastAppliedUtc)
{
    public const string Normal = "正常";
    public const string Rebuilding = "重建中";

    /// <summary>When the node last reported (from <c>Search_Nodes</c>).</summary>
    public DateTime? LastSeenUtc { get; init; }
}
