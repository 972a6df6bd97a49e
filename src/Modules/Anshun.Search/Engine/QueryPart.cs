namespace Anshun.Search.Engine;

/// <summary>One part of the user's query (检索词): a whitespace-separated word group, or a quoted phrase.</summary>
/// <param name="Text">As the user typed it (without the quotes).</param>
internal sealed record QueryPart(string Text, bool IsPhrase)
{
    /// <summary>How the part is written back into a suggested query.</summary>
    public string Display => IsPhrase ? "\"" + Text + "\"" : Text;
}
