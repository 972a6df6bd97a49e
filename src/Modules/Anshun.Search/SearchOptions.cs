namespace Anshun.Search;

/// <summary>The <c>Anshun:Search</c> settings of one node.</summary>
public sealed class SearchOptions
{
    public const string SectionName = "Anshun:Search";

    /// <summary>This node's name in <c>Search_Nodes</c> and its index folder; the machine name when not set.</summary>
    public string? NodeName { get; set; }

    /// <summary>
    /// Where the nodes' index folders live, when App_Data is shared between nodes and the index belongs on
    /// local disk; <c>&lt;AppData&gt;/search</c> when not set. Each node uses <c>&lt;IndexPath&gt;/&lt;NodeName&gt;</c>.
    /// A relative path is taken under the site's data folder (see <see cref="ResolveIndexRoot"/>).
    /// </summary>
    public string? IndexPath { get; set; }

    /// <summary>How often the node looks for index tasks written by other nodes (its own apply at once).</summary>
    public TimeSpan CatchUpInterval { get; set; } = TimeSpan.FromSeconds(1);

    public string ResolveNodeName() => string.IsNullOrWhiteSpace(NodeName) ? Environment.MachineName : NodeName.Trim();

    /// <summary>
    /// The absolute folder holding the nodes' index folders. A relative <see cref="IndexPath"/> lives under
    /// <paramref name="appDataPath"/>, never under the process's working directory: sites started side by side
    /// (tests, several instances on one host) would otherwise share, and lock, one index.
    /// </summary>
    public string ResolveIndexRoot(string appDataPath) =>
        string.IsNullOrWhiteSpace(IndexPath)
            ? Path.Combine(appDataPath, "search")
            : Path.GetFullPath(IndexPath.Trim(), appDataPath);
}
