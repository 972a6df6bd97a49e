namespace Anshun.Search.Engine.Segmentation;

/// <summary>
/// SmartCn's core word dictionary (词典, <c>coredict.mem</c> inside the SmartCn package), read into the same tables
/// and looked up with the same rules as the library's own <c>WordDictionary</c>, so every word and frequency comes
/// out identical; only the lookups take spans instead of freshly allocated arrays.
/// </summary>
/// <remarks>
/// A word is filed under the row of its first character, as the rest of its characters (its suffix); rows are
/// sorted, and a character finds its row through a double-hashed table keyed by the character.
/// </remarks>
internal sealed class WordLexicon
{
    private const string ResourceName = "Lucene.Net.Analysis.SmartCn.Hhmm.coredict.mem";
    private const int IndexLength = 12071;
    private const short Unknown = -2;

    private readonly short[] _rowOfSlot;
    private readonly char[] _charOfSlot;
    private readonly char[]?[]?[] _suffixes;
    private readonly int[]?[] _frequencies;

    /// <summary>Row of each character, worked out on first use; <see cref="Unknown"/> until then, -1 when none.</summary>
    private readonly short[] _rowOfChar = new short[char.MaxValue + 1];

    private WordLexicon(short[] rowOfSlot, char[] charOfSlot, char[]?[]?[] suffixes, int[]?[] frequencies)
    {
        _rowOfSlot = rowOfSlot;
        _charOfSlot = charOfSlot;
        _suffixes = suffixes;
        _frequencies = frequencies;
        Array.Fill(_rowOfChar, Unknown);
    }

    public static WordLexicon Load()
    {
        using var reader = SegmenterDictionaries.OpenResource(ResourceName);
        var rowOfSlot = SegmenterDictionaries.ReadArray(reader, r => r.ReadInt16());
        var charOfSlot = SegmenterDictionaries.ReadArray(reader, r => r.ReadChar());

        // A row, a row's word list or a word may be null in the file; a null table is an empty one.
        var suffixes = SegmenterDictionaries.ReadNullableArray(reader, rows =>
            SegmenterDictionaries.ReadNullableArray(rows, words =>
                SegmenterDictionaries.ReadNullableArray(words, chars => chars.ReadChar()))) ?? [];
        var frequencies = SegmenterDictionaries.ReadNullableArray(reader, rows =>
            SegmenterDictionaries.ReadNullableArray(rows, values => values.ReadInt32())) ?? [];

        return new WordLexicon(rowOfSlot, charOfSlot, suffixes, frequencies);
    }

    /// <summary>The frequency of <paramref name="word"/>, 0 when it is not a word.</summary>
    public int Frequency(ReadOnlySpan<char> word)
    {
        var row = word.IsEmpty ? -1 : RowOf(word[0]);
        if (row < 0 || _suffixes[row] is not { } items)
        {
            return 0;
        }

        // Binary search over the row, as the library does (with duplicate suffixes it finds the one it finds).
        int start = 0, end = items.Length - 1;
        while (start <= end)
        {
            var mid = (start + end) / 2;
            var compared = SuffixOrder.Compare(items[mid], word[1..]);
            if (compared == 0)
            {
                return _frequencies[row]![mid];
            }

            if (compared < 0)
            {
                start = mid + 1;
            }
            else
            {
                end = mid - 1;
            }
        }

        return 0;
    }

    /// <summary>
    /// The first entry at or after <paramref name="knownStart"/> in the row of <paramref name="prefix"/>'s first character
    /// that begins with the rest of <paramref name="prefix"/>; -1 when none does.
    /// </summary>
    public int PrefixMatch(ReadOnlySpan<char> prefix, int knownStart)
    {
        if (Items(prefix[0]) is not { } items)
        {
            return -1;
        }

        var rest = prefix[1..];
        int start = knownStart, end = items.Length - 1;
        while (start <= end)
        {
            var mid = (start + end) / 2;
            var compared = SuffixOrder.CompareByPrefix(rest, items[mid]);
            if (compared == 0)
            {
                while (mid >= 0 && SuffixOrder.CompareByPrefix(rest, items[mid]) == 0)
                {
                    mid--;
                }

                return mid + 1;
            }

            if (compared < 0)
            {
                end = mid - 1;
            }
            else
            {
                start = mid + 1;
            }
        }

        return -1;
    }

    /// <summary>Whether entry <paramref name="item"/> of the row of <paramref name="word"/>'s first character is exactly <paramref name="word"/>.</summary>
    public bool IsEntry(ReadOnlySpan<char> word, int item) => SuffixOrder.Compare(Items(word[0])![item], word[1..]) == 0;

    private char[]?[]? Items(char first)
    {
        var row = RowOf(first);
        return row < 0 ? null : _suffixes[row];
    }

    private int RowOf(char c)
    {
        var row = _rowOfChar[c];
        if (row == Unknown)
        {
            // Benign race: two threads may both work it out; a short is written whole.
            row = _rowOfChar[c] = FindRow(c);
        }

        return row;
    }

    /// <summary>The library's probe sequence (its own hash functions), so a character finds exactly the row it would there.</summary>
    private short FindRow(char c)
    {
        var hash1 = (int)(CharHash(c) % IndexLength);
        var hash2 = CharStep(c) % IndexLength;
        if (hash1 < 0)
        {
            hash1 += IndexLength;
        }

        if (hash2 < 0)
        {
            hash2 += IndexLength;
        }

        var index = hash1;
        var i = 1;
        while (_charOfSlot[index] != 0 && _charOfSlot[index] != c && i < IndexLength)
        {
            index = (hash1 + i * hash2) % IndexLength;
            i++;
        }

        return i < IndexLength && _charOfSlot[index] == c ? _rowOfSlot[index] : (short)-1;
    }

    private static long CharHash(char c)
    {
        unchecked
        {
            const long prime = 1099511628211L;
            var hash = (long)0xcbf29ce484222325UL;
            hash = (hash ^ (c & 0x00FF)) * prime;
            hash = (hash ^ (c >> 8)) * prime;
            hash += hash << 13;
            hash ^= hash >> 7;
            hash += hash << 3;
            hash ^= hash >> 17;
            hash += hash << 5;
            return hash;
        }
    }

    private static int CharStep(char c)
    {
        unchecked
        {
            // The library's djb2 variant, precedence and all: (h * 33 + c) & 0xFF, then (h * 33 + c) >> 8.
            var hash = 5381;
            hash = ((hash << 5) + hash + c) & 0x00FF;
            hash = ((hash << 5) + hash + c) >> 8;
            return hash;
        }
    }
}
