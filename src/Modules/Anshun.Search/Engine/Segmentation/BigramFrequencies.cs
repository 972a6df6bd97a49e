using System.Numerics;

namespace Anshun.Search.Engine.Segmentation;

/// <summary>
/// SmartCn's word-pair frequencies (<c>bigramdict.mem</c> inside the SmartCn package). The file holds a
/// double-hashed table of 64-bit FNV hashes of "left@right"; the library probes it with a step function that
/// degenerates to a few values, so a miss (most pairs are misses) can walk thousands of slots — a third of all
/// indexing time. The same hashes and frequencies are moved into an open-addressed table at a quarter load,
/// where a miss costs one or two probes. A pair is found here exactly when the library finds it (the stored hash
/// is the only key either side compares).
/// </summary>
internal sealed class BigramFrequencies
{
    private const string ResourceName = "Lucene.Net.Analysis.SmartCn.Hhmm.bigramdict.mem";

    /// <summary>Separates the two words in the hashed pair, as in the dictionary.</summary>
    private const char PairSeparator = '@';

    private const long FnvOffset = unchecked((long)0xcbf29ce484222325UL);
    private const long FnvPrime = 1099511628211L;

    private readonly long[] _keys;
    private readonly int[] _values;
    private readonly int _shift;

    private BigramFrequencies(long[] keys, int[] values, int shift)
    {
        _keys = keys;
        _values = values;
        _shift = shift;
    }

    public static BigramFrequencies Load()
    {
        using var reader = SegmenterDictionaries.OpenResource(ResourceName);
        var hashes = SegmenterDictionaries.ReadArray(reader, r => r.ReadInt64());
        var frequencies = SegmenterDictionaries.ReadArray(reader, r => r.ReadInt32());

        var used = hashes.Count(h => h != 0);
        var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, used * 4));
        var table = new BigramFrequencies(new long[capacity], new int[capacity], 64 - BitOperations.Log2((uint)capacity));
        for (var slot = 0; slot < hashes.Length; slot++)
        {
            // A slot of the file's table is empty when its hash is 0 (the library reads it that way too).
            if (hashes[slot] != 0)
            {
                table.Add(hashes[slot], frequencies[slot]);
            }
        }

        return table;
    }

    /// <summary>The hash state after <paramref name="left"/> and the separator; pass it to <see cref="Frequency"/>.</summary>
    public static long HashLeft(ReadOnlySpan<char> left) => Continue(Continue(FnvOffset, left), [PairSeparator]);

    /// <summary>How often the pair whose left word gave <paramref name="leftHash"/> is followed by <paramref name="right"/>.</summary>
    public int Frequency(long leftHash, ReadOnlySpan<char> right)
    {
        var key = Continue(leftHash, right);
        var mask = _keys.Length - 1;
        for (var slot = SlotOf(key); ; slot = (slot + 1) & mask)
        {
            var stored = _keys[slot];
            if (stored == key)
            {
                return _values[slot];
            }

            if (stored == 0)
            {
                return 0;
            }
        }
    }

    private void Add(long key, int frequency)
    {
        var mask = _keys.Length - 1;
        var slot = SlotOf(key);
        while (_keys[slot] != 0 && _keys[slot] != key)
        {
            slot = (slot + 1) & mask;
        }

        _keys[slot] = key;
        _values[slot] = frequency;
    }

    private int SlotOf(long key) => (int)((ulong)key * 0x9E3779B97F4A7C15UL >> _shift);

    /// <summary>The library's 64-bit FNV-1 over each character's low then high byte, without final mixing.</summary>
    private static long Continue(long hash, ReadOnlySpan<char> chars)
    {
        unchecked
        {
            foreach (var c in chars)
            {
                hash = (hash ^ (c & 0x00FF)) * FnvPrime;
                hash = (hash ^ (c >> 8)) * FnvPrime;
            }

            return hash;
        }
    }
}
