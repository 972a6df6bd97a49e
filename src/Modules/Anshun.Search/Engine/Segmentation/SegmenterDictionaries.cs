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
}
