using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Anshun.Contents.Search;

/// <summary>
/// Turns stored (sanitized) HTML into the plain text the search index wants: entities decoded, tags gone,
/// a line break where a block ends, so the last word of one paragraph never runs into the next one.
/// </summary>
public static class ContentPlainText
{
    private static readonly HashSet<string> _blocks = new(
        ["p", "div", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre",
         "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption", "figure", "figcaption", "center"],
        StringComparer.OrdinalIgnoreCase);

    public static string? FromHtml(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return null;
        }

        var document = new HtmlParser().ParseDocument(html);
        var text = new StringBuilder(html.Length);
        Append(document.Body ?? (INode)document, text);
        return Tidy(text.ToString());
    }

    private static void Append(INode node, StringBuilder text)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText value)
            {
                text.Append(value.Data);
            }
            else if (child is IElement element)
            {
                var block = _blocks.Contains(element.LocalName);
                if (block)
                {
                    text.Append('\n');
                }

                Append(element, text);
                if (block)
                {
                    text.Append('\n');
                }
            }
        }
    }

    /// <summary>Collapses runs of spaces and blank lines; null when nothing readable is left.</summary>
    private static string? Tidy(string text)
    {
        var lines = text.Split('\n')
            .Select(line => string.Join(' ', line.Split([' ', '\t', '\r', '\u00a0'], StringSplitOptions.RemoveEmptyEntries)))
            .Where(line => line.Length > 0);
        var result = string.Join('\n', lines);
        return result.Length == 0 ? null : result;
    }
}
