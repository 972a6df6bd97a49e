using Lucene.Net.Analysis.Cn.Smart;

namespace Anshun.Search.Engine.Segmentation;

/// <summary>SmartCn's two dictionaries, read once on first use (about 14 MB, shared by every segmenter).</summary>
internal static class SegmenterDictionaries
{
    private static readonly Lazy<WordLexicon> _lexicon = new(WordLexicon.Load);
    private static readonly Lazy<BigramFrequencies> _bigrams = new(BigramFrequencies.Load);

    public static SentenceSegmenter CreateSegmenter() => new(_lexicon.Value, _bigrams.Value);

    /// <summary>A dictionary file inside the SmartCn package, read as the library wrote it (<see cref="BinaryReader"/>, UTF-8 chars).</summary>
    public static BinaryReader OpenResource(string name) =>
        new(typeof(HMMChineseTokenizer).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"SmartCn resource {name} is missing."));

    /// <summary>A length-prefixed array as the library wrote it, each item read by <paramref name="readItem"/>.</summary>
    /// <exception cref="InvalidDataException">The file holds a null (negative length) where an array must be.</exception>
    public static T[] ReadArray<T>(BinaryReader reader, Func<BinaryReader, T> readItem) =>
        ReadNullableArray(reader, readItem) ?? throw new InvalidDataException("SmartCn dictionary: an array that must be there is null.");

    /// <summary>Like <see cref="ReadArray"/>, but a negative length is the library's null array.</summary>
    public static T[]? ReadNullableArray<T>(BinaryReader reader, Func<BinaryReader, T> readItem)
    {
        var length = reader.ReadInt32();
        if (length < 0)
        {
            return null;
        }

        var items = new T[length];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = readItem(reader);
        }

        return items;
    }
}
