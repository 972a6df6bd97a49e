namespace Anshun.Search.Indexing;

/// <summary>
/// A rebuild this node has reached in the log but not finished. <paramref name="ReplayAfter"/> is the node's
/// cursor when it reached the rebuild: every task after it is replayed into the new index before the swap,
/// including tasks that committed late with an id below <paramref name="TaskId"/>.
/// </summary>
public sealed record PendingRebuild(long TaskId, long ReplayAfter);
