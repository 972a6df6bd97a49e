namespace Anshun.Search.Data;

/// <summary>
/// A row of the task log (<c>Search_Tasks</c>, 索引任务). It says "look again", never carries content: the
/// worker reloads from the source, so duplicates and order do not matter.
/// </summary>
public sealed class SearchTask
{
    public long Id { get; set; }

    /// <summary>The source's name; <see cref="AllSources"/> for a rebuild.</summary>
    public string Source { get; set; } = "";

    public string? Key { get; set; }

    public string? Scope { get; set; }

    public SearchTaskKind Kind { get; set; }

    public DateTime CreatedUtc { get; set; }

    public const string AllSources = "*";

    /// <summary>The scope of a rebuild only <paramref name="nodeName"/> performs (a node that starts without an index).</summary>
    public static string NodeScope(string nodeName) => "node:" + nodeName;
}
