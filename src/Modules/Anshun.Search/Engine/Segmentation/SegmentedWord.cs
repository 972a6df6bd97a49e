namespace Anshun.Search.Engine.Segmentation;

/// <summary>A word of the chosen segmentation: its offsets in the sentence and where its term text lies in the segmenter's buffer.</summary>
internal readonly record struct SegmentedWord(int Start, int End, int TextStart, int TextLength);
