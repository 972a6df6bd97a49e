namespace Anshun.Search.Data;

/// <summary>What a task asks every node to look at again (索引任务类型).</summary>
public enum SearchTaskKind
{
    /// <summary>One document of a source, by key.</summary>
    Document = 0,

    /// <summary>Every key of a source's scope (a section's or folder's rules changed).</summary>
    Scope = 1,

    /// <summary>A full rebuild from every source (重建索引); a scope <c>node:&lt;name&gt;</c> limits it to one node.</summary>
    Rebuild = 2,
}
