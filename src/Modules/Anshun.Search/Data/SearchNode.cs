namespace Anshun.Search.Data;

/// <summary>One node's index as it last reported it (<c>Search_Nodes</c>, 检索节点), for the admin page.</summary>
public sealed class SearchNode
{
    public string NodeName { get; set; } = "";

    /// <summary>The live index folder.</summary>
    public string Directory { get; set; } = "";

    /// <summary>Highest task id with no unapplied task below it.</summary>
    public long Cursor { get; set; }

    public int Documents { get; set; }

    /// <summary>正常 or 重建中.</summary>
    public string State { get; set; } = "";

    /// <summary>0–1 while a rebuild runs.</summary>
    public double? RebuildProgress { get; set; }

    public DateTime LastSeenUtc { get; set; }

    public string? LastError { get; set; }

    /// <summary>When the node last applied a task to its index (added by migration 2).</summary>
    public DateTime? LastAppliedUtc { get; set; }
}
