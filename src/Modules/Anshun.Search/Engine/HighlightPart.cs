namespace Anshun.Search.Engine;

/// <summary>
/// What to mark for one query part: the part itself (normalised, brackets unified) and, where it does not occur
/// as a whole, its words of two or more characters.
/// </summary>
internal sealed record HighlightPart(string Primary, IReadOnlyList<string> Words);
