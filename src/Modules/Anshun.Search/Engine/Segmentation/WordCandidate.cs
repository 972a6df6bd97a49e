using Lucene.Net.Analysis.Cn.Smart;

namespace Anshun.Search.Engine.Segmentation;

/// <summary>
/// One possible word of a sentence (a node of SmartCn's segmentation graph): where it lies, what kind it is, how
/// often the dictionary saw it, the text its pairs are looked up by, and the cheapest path found to it so far.
/// </summary>
internal struct WordCandidate
{
    public int Start;
    public int End;
    public WordType Kind;
    public int Frequency;

    /// <summary>Where the lookup text starts in the segmenter's key buffer.</summary>
    public int KeyStart;

    public int KeyLength;

    /// <summary>Cost of the cheapest path from the sentence start to this word (its negative log probability).</summary>
    public double Cost;

    /// <summary>The word before this one on that path; -1 while none reaches it.</summary>
    public int Previous;
}
