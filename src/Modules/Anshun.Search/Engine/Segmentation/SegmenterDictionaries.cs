namespace Anshun.Search.Engine.Segmentation;

/// <summary>SmartCn's two dictionaries, read once on first use (about 14 MB, shared by every segmenter).</summary>
internal static class SegmenterDictionaries
{
    private static readonly Lazy<WordLexicon> _lexicon = new(WordLexicon.Load);
    private static readonly Lazy<BigramFrequencies> _bigrams = new(BigramFrequencies.Load);

    public static SentenceSegmenter CreateSegmenter() => new(_lexicon.Value, _bigrams.Value);
}
