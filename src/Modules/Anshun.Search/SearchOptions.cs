namespace Anshun.Search;

/// <summary>The <c>Anshun:Search</c> settings of one node.</summary>
public sealed class SearchOptions
{
    public const string SectionName = "Anshun:Search";

    /// <summary>This node's name in <c>Search_Nodes</c> and its index folder; the machine name when not set.</summary>
    public string? NodeName { get; set; }

    /// <summary>
    /// Where the nodes' index folders live, when App_Data is shared between nodes and the index belongs on
    /// local disk; <c>App_Data/search</c> when not set. Each node uses <c>&lt;IndexPath&gt;/&lt;NodeName&gt;</c>.
    /// </summary>
    public string? IndexPath { get; set; }

    /// <summary>How often the node looks for index tasks written by other nodes (its own apply at once).</summary>
    public TimeSpan CatchUpInterval { get; set; } = TimeSpan.FromSeconds(1);

    public string ResolveNodeName() => string.IsNullOrWhiteSpace(NodeName) ? Environment.MachineName : NodeName.Trim();
}
