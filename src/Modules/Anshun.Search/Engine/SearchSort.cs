namespace Anshun.Search.Engine;

/// <summary>Order of the hits (排序方式).</summary>
public enum SearchSort
{
    /// <summary>按相关度: best match first.</summary>
    Relevance = 0,

    /// <summary>按时间: newest publication first, items without a date last.</summary>
    Newest = 1,
}
