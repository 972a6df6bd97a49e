using System.Text;

namespace Anshun.Search.Engine;

/// <summary>
/// NFKC folding and lower case (全角转半角、大小写统一), applied alike to indexed text, query text and snippet
/// matching, so ＷＰＳ, Wps and wps are one word and ３月 is 3月.
/// </summary>
internal static class TextNormalizer
{
    public static string Normalize(string text)
    {
        if (text.Length == 0)
        {
            return text;
        }

        try
        {
            var folded = text.IsNormalized(NormalizationForm.FormKC) ? text : text.Normalize(NormalizationForm.FormKC);
            return folded.ToLowerInvariant();
        }
        catch (ArgumentException)
        {
            // A lone surrogate makes string.Normalize throw; the piecewise path leaves it as it is.
            return NormalizeWithMap(text).Text;
        }
    }

    /// <summary>Reads everything and hands the analyzer the normalised text (used by the analyzers' InitReader).</summary>
    public static TextReader Normalize(TextReader reader) => new StringReader(Normalize(reader.ReadToEnd()));

    /// <summary>Normalises piece by piece (a character or a surrogate pair) and keeps the offsets.</summary>
    public static NormalizedText NormalizeWithMap(string text)
    {
        var builder = new StringBuilder(text.Length);
        var starts = new List<int>(text.Length);
        var ends = new List<int>(text.Length);
        var index = 0;
        while (index < text.Length)
        {
            var c = text[index];
            var length = char.IsHighSurrogate(c) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]) ? 2 : 1;
            if (c < 0x80)
            {
                Append(builder, starts, ends, char.ToLowerInvariant(c), index, index + 1);
            }
            else if (c is >= '\u4e00' and <= '\u9fff')
            {
                // Unified ideographs are NFKC-stable: the common case needs no allocation.
                Append(builder, starts, ends, c, index, index + 1);
            }
            else
            {
                foreach (var folded in FoldPiece(text.Substring(index, length)))
                {
                    Append(builder, starts, ends, folded, index, index + length);
                }
            }

            index += length;
        }

        return new NormalizedText(builder.ToString(), [.. starts], [.. ends]);
    }

    private static string FoldPiece(string piece)
    {
        try
        {
            return (piece.IsNormalized(NormalizationForm.FormKC) ? piece : piece.Normalize(NormalizationForm.FormKC)).ToLowerInvariant();
        }
        catch (ArgumentException)
        {
            return piece;
        }
    }

    private static void Append(StringBuilder builder, List<int> starts, List<int> ends, char c, int start, int end)
    {
        builder.Append(c);
        starts.Add(start);
        ends.Add(end);
    }
}
