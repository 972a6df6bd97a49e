namespace Anshun.Search.Data;

/// <summary>
/// How far the task log has been pruned (site setting <see cref="Key"/>): a node whose cursor is below it
/// missed tasks that no longer exist, and rebuilds.
/// </summary>
public sealed class SearchPruneState
{
    public const string Key = "Search.Pruning";

    /// <summary>Every task with an id up to this one was deleted.</summary>
    public long PrunedThrough { get; set; }
}
