namespace Anshun.Search.Engine.Segmentation;

/// <summary>
/// How SmartCn orders the word suffixes within a row of its dictionary (its <c>Utility.CompareArray</c> and
/// <c>CompareArrayByPrefix</c>): the binary searches of <see cref="WordLexicon"/> must agree with the order the rows
/// were sorted in, or they would find other entries than the library does.
/// </summary>
internal static class SuffixOrder
{
    /// <summary>Orders a stored suffix (null counts as empty) against a looked-up one, as the library's <c>CompareArray</c>.</summary>
    public static int Compare(char[]? stored, ReadOnlySpan<char> wanted)
    {
        if (stored is null)
        {
            return wanted.IsEmpty ? 0 : -1;
        }

        var common = 0;
        while (common < stored.Length && common < wanted.Length && stored[common] == wanted[common])
        {
            common++;
        }

        if (common == stored.Length)
        {
            return common == wanted.Length ? 0 : -1;
        }

        if (common == wanted.Length)
        {
            return 1;
        }

        return stored[common] > wanted[common] ? 1 : -1;
    }

    /// <summary>0 when <paramref name="prefix"/> starts <paramref name="stored"/>, else the order, as <c>CompareArrayByPrefix</c>.</summary>
    public static int CompareByPrefix(ReadOnlySpan<char> prefix, char[]? stored)
    {
        if (stored is null)
        {
            return prefix.IsEmpty ? 0 : 1;
        }

        var common = 0;
        while (common < prefix.Length && common < stored.Length && prefix[common] == stored[common])
        {
            common++;
        }

        if (common == prefix.Length)
        {
            return 0;
        }

        if (common == stored.Length)
        {
            return 1;
        }

        return prefix[common] > stored[common] ? 1 : -1;
    }
}
