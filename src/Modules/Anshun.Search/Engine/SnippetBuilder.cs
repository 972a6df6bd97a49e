using System.Net;
using System.Text;

namespace Anshun.Search.Engine;

/// <summary>
/// Snippets and highlighted titles built by ourselves (ADR 0010 "Highlighting"): Lucene's Highlighter marks whole
/// CJK runs between overlapping bigrams and its encoder writes every Han character as <c>&amp;#NNNNN;</c>. We find
/// each part in the normalised stored text, map the match back, choose the ~100-character window holding the most
/// distinct parts, encode with <see cref="WebUtility.HtmlEncode(string)"/> and wrap matches in <c>&lt;mark&gt;</c>.
/// </summary>
internal static class SnippetBuilder
{
    public const int WindowLength = 100;

    /// <summary>How much text before the first match the window shows, so the match is read in context.</summary>
    private const int LeadIn = 16;

    private const string Ellipsis = "…";

    /// <summary>The whole text, encoded, every match marked (titles).</summary>
    public static string Highlight(string text, IReadOnlyList<HighlightPart> parts)
    {
        var clean = Flatten(text);
        return Render(clean, 0, clean.Length, FindMatches(clean, parts));
    }

    /// <summary>The best window of the text, encoded, matches marked; the start of the text when nothing matches.</summary>
    public static string Snippet(string text, IReadOnlyList<HighlightPart> parts)
    {
        var clean = Flatten(text);
        if (clean.Length <= WindowLength)
        {
            return Render(clean, 0, clean.Length, FindMatches(clean, parts));
        }

        var matches = FindMatches(clean, parts);
        var start = 0;
        var best = -1;
        foreach (var anchor in matches)
        {
            var candidate = Math.Clamp(anchor.Start - LeadIn, 0, clean.Length - WindowLength);
            var covered = matches.Where(m => m.Start >= candidate && m.End <= candidate + WindowLength).Select(m => m.Part).Distinct().Count();
            if (covered > best)
            {
                best = covered;
                start = candidate;
            }
        }

        start = SafeBoundary(clean, start);
        var end = SafeBoundary(clean, Math.Min(clean.Length, start + WindowLength));
        var visible = matches.Where(m => m.Start >= start && m.End <= end).ToList();
        return (start > 0 ? Ellipsis : "") + Render(clean, start, end, visible) + (end < clean.Length ? Ellipsis : "");
    }

    private static List<Match> FindMatches(string text, IReadOnlyList<HighlightPart> parts)
    {
        var normalized = TextNormalizer.NormalizeWithMap(text);
        var haystack = DocumentNumbers.UnifyBrackets(normalized.Text);
        var matches = new List<Match>();
        for (var part = 0; part < parts.Count; part++)
        {
            var found = Occurrences(haystack, parts[part].Primary).ToList();
            if (found.Count == 0)
            {
                found = [.. parts[part].Words.SelectMany(word => Occurrences(haystack, word))];
            }

            foreach (var (start, end) in found)
            {
                var (originalStart, originalEnd) = normalized.ToOriginal(start, end);
                matches.Add(new Match(originalStart, originalEnd, part));
            }
        }

        return [.. matches.OrderBy(m => m.Start)];
    }

    private static IEnumerable<(int Start, int End)> Occurrences(string haystack, string needle)
    {
        if (needle.Length == 0)
        {
            yield break;
        }

        var index = haystack.IndexOf(needle, StringComparison.Ordinal);
        while (index >= 0)
        {
            yield return (index, index + needle.Length);
            index = haystack.IndexOf(needle, index + needle.Length, StringComparison.Ordinal);
        }
    }

    private static string Render(string text, int start, int end, IEnumerable<Match> matches)
    {
        var html = new StringBuilder();
        var position = start;
        foreach (var (matchStart, matchEnd) in Merge(matches, start, end))
        {
            html.Append(WebUtility.HtmlEncode(text[position..matchStart]));
            html.Append("<mark>").Append(WebUtility.HtmlEncode(text[matchStart..matchEnd])).Append("</mark>");
            position = matchEnd;
        }

        html.Append(WebUtility.HtmlEncode(text[position..end]));
        return html.ToString();
    }

    /// <summary>Overlapping or touching matches become one mark, clipped to the window.</summary>
    private static List<(int Start, int End)> Merge(IEnumerable<Match> matches, int start, int end)
    {
        var merged = new List<(int Start, int End)>();
        foreach (var match in matches.OrderBy(m => m.Start))
        {
            var s = Math.Max(match.Start, start);
            var e = Math.Min(match.End, end);
            if (e <= s)
            {
                continue;
            }

            if (merged.Count > 0 && s <= merged[^1].End)
            {
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, e));
            }
            else
            {
                merged.Add((s, e));
            }
        }

        return merged;
    }

    /// <summary>Line breaks and tabs become spaces (one for one, offsets unchanged): a snippet is one line.</summary>
    private static string Flatten(string text) =>
        text.AsSpan().IndexOfAny("\r\n\t".AsSpan()) < 0 ? text : text.Replace('\r', ' ').Replace('\n', ' ').Replace('\t', ' ');

    /// <summary>Never cut a surrogate pair in two.</summary>
    private static int SafeBoundary(string text, int index) =>
        index > 0 && index < text.Length && char.IsLowSurrogate(text[index]) ? index - 1 : index;

    private readonly record struct Match(int Start, int End, int Part);
}
