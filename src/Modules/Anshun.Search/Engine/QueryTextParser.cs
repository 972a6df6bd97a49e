using System.Text;

namespace Anshun.Search.Engine;

/// <summary>
/// Our own reading of what the user typed (ADR 0010 "Query"), never Lucene's QueryParser, which throws on
/// <c>"黄果树</c>, <c>AND</c>, <c>*果树</c> and <c>((</c>. Input is cut to 100 characters, <c>"…"</c> makes a phrase,
/// an unmatched quote is ignored, operators and wildcards are plain text, at most 8 parts are kept.
/// </summary>
internal static class QueryTextParser
{
    public const int MaxLength = 100;
    public const int MaxParts = 8;

    public const string EmptyMessage = "请输入要搜索的内容。";
    public const string TooLongNotice = "检索内容超过100个字，只按前100个字检索。";
    public const string TooManyPartsNotice = "检索词超过8个，只按前8个词检索。";
    public const string UnbalancedQuoteNotice = "引号没有成对出现，已按普通文字检索。";

    private static readonly char[] _quotes = ['"', '“', '”', '＂'];

    /// <exception cref="SearchValidationException">The query is empty or only whitespace.</exception>
    public static ParsedQuery Parse(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            throw new SearchValidationException("q", EmptyMessage);
        }

        var notices = new List<string>();
        var text = input.Trim();
        if (text.Length > MaxLength)
        {
            var cut = char.IsHighSurrogate(text[MaxLength - 1]) ? MaxLength - 1 : MaxLength;
            text = text[..cut];
            notices.Add(TooLongNotice);
        }

        var parts = new List<QueryPart>();
        var plain = new StringBuilder();
        var index = 0;
        var unbalanced = false;
        while (index < text.Length)
        {
            var c = text[index];
            if (Array.IndexOf(_quotes, c) < 0)
            {
                plain.Append(c);
                index++;
                continue;
            }

            var close = text.IndexOfAny(_quotes, index + 1);
            if (close < 0)
            {
                // The lone quote is dropped; what follows it is searched as ordinary words.
                unbalanced = true;
                plain.Append(' ');
                index++;
                continue;
            }

            AddPlain(parts, plain);
            var phrase = text[(index + 1)..close].Trim();
            if (phrase.Length > 0)
            {
                parts.Add(new QueryPart(phrase, IsPhrase: true));
            }

            index = close + 1;
        }

        AddPlain(parts, plain);
        if (unbalanced)
        {
            notices.Add(UnbalancedQuoteNotice);
        }

        var distinct = parts.DistinctBy(p => (TextNormalizer.Normalize(p.Text), p.IsPhrase)).ToList();
        if (distinct.Count > MaxParts)
        {
            distinct = [.. distinct.Take(MaxParts)];
            notices.Add(TooManyPartsNotice);
        }

        return new ParsedQuery(distinct, notices);
    }

    private static void AddPlain(List<QueryPart> parts, StringBuilder plain)
    {
        foreach (var word in plain.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            parts.Add(new QueryPart(word, IsPhrase: false));
        }

        plain.Clear();
    }
}
