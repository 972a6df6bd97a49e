namespace Anshun.Search.Engine;

/// <summary>
/// A shorter query offered when nothing was found (检索建议): "去掉“<see cref="Dropped"/>”后有 <see cref="Count"/> 条结果".
/// </summary>
/// <param name="Query">The query without the dropped part, ready to be searched again.</param>
public sealed record SearchSuggestion(string Query, string Dropped, int Count);
