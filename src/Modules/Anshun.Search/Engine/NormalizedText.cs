namespace Anshun.Search.Engine;

/// <summary>
/// Text after <see cref="TextNormalizer"/> together with where each of its characters came from, so a match
/// found in the normalised text can be marked in the original one.
/// </summary>
internal sealed class NormalizedText(string text, int[] starts, int[] ends)
{
    public string Text { get; } = text;

    /// <summary>The original range [start, end) that produced the normalised range [start, end).</summary>
    public (int Start, int End) ToOriginal(int start, int end) => (starts[start], ends[end - 1]);
}
