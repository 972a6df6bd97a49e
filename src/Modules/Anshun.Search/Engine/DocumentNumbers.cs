using System.Text;
using System.Text.RegularExpressions;

namespace Anshun.Search.Engine;

/// <summary>
/// Document numbers (文号) such as 安府办发〔2026〕12号 as one keyword term: NFKC, brackets 〔〕[]（）()【】［］ unified
/// to 〔〕, spaces removed — so 安府办发[2026]33号 finds 安府办发〔2026〕33号 and 5号 never matches 15号.
/// </summary>
internal static partial class DocumentNumbers
{
    private const int MinPrefix = 2;

    /// <summary>The keyword form of a number as a source or a user wrote it.</summary>
    public static string Normalize(string number)
    {
        var text = UnifyBrackets(TextNormalizer.Normalize(number));
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>Maps every bracket variant to 〔 or 〕 one for one, so offsets stay valid.</summary>
    public static string UnifyBrackets(string text)
    {
        if (text.AsSpan().IndexOfAny("[](){}【】［］（）〖〗".AsSpan()) < 0)
        {
            return text;
        }

        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = chars[i] switch
            {
                '[' or '(' or '{' or '【' or '［' or '（' or '〖' => '〔',
                ']' or ')' or '}' or '】' or '］' or '）' or '〗' => '〕',
                _ => chars[i],
            };
        }

        return new string(chars);
    }

    /// <summary>
    /// Numbers found in running text. The issuer prefix has no delimiter before it (根据安府办发〔2026〕12号), so
    /// every tail of the Han run of two or more characters is a term; the real number is one of them.
    /// </summary>
    public static IEnumerable<string> FindInText(string text)
    {
        var normalized = Normalize(text);
        foreach (Match match in NumberPattern().Matches(normalized))
        {
            var prefix = match.Groups["prefix"].Value;
            var rest = match.Value[prefix.Length..];
            for (var start = 0; start <= prefix.Length - MinPrefix; start++)
            {
                yield return prefix[start..] + rest;
            }
        }
    }

    /// <summary>Numbers the user typed as a whole query part (the whole match, no tails).</summary>
    public static IReadOnlyList<string> FindInQuery(string part) =>
        [.. NumberPattern().Matches(Normalize(part)).Select(match => match.Value).Distinct(StringComparer.Ordinal)];

    [GeneratedRegex(@"(?<prefix>\p{IsCJKUnifiedIdeographs}{2,12})〔\d{4}〕\d{1,6}号")]
    private static partial Regex NumberPattern();
}
