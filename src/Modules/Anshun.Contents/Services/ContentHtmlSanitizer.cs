using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Ganss.Xss;

namespace Anshun.Contents.Services;

/// <summary>
/// Cleans every stored HTML body and Html field (正文安全过滤). Normal formatting, tables, images and
/// links survive; harmless unknown markup is dropped silently. Input that tried to run code — a
/// script or style element, an <c>on…</c> event attribute, a <c>javascript:</c>/<c>vbscript:</c>/<c>data:</c>
/// URL, an iframe/object/embed/form — is refused as a whole, so the editor sees why instead of
/// finding a silently altered text.
/// </summary>
public sealed class ContentHtmlSanitizer
{
    private static readonly string[] _tags =
    [
        "p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "strong", "b", "em", "i", "u", "s", "strike", "del", "ins",
        "sub", "sup", "small", "mark", "abbr", "blockquote", "pre", "code", "span", "div", "font", "center",
        "ul", "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption", "colgroup", "col",
        "img", "a", "figure", "figcaption",
    ];

    private static readonly string[] _attributes =
    [
        "href", "src", "alt", "title", "width", "height", "colspan", "rowspan", "align", "valign", "border",
        "cellpadding", "cellspacing", "target", "rel", "class", "style", "color", "face", "size", "start", "type", "scope",
    ];

    private static readonly HashSet<string> _dangerousTags = new(
        ["script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "form", "base", "meta", "link"],
        StringComparer.OrdinalIgnoreCase);

    private static readonly string[] _dangerousSchemes = ["javascript:", "vbscript:", "data:"];

    /// <summary>
    /// The cleaned HTML, or null when nothing but whitespace remains.
    /// </summary>
    /// <param name="field">The input name for the error (<c>body</c>, <c>fields.ReleaseNotes</c>).</param>
    /// <param name="label">The Chinese name of the input (正文, 更新说明).</param>
    /// <exception cref="ContentValidationException">The input contained active content.</exception>
    public string? Sanitize(string? html, string field, string label)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return null;
        }

        // The CSS parser drops a shorthand such as background:url(javascript:…) before any removal
        // event could show it, so style attributes are looked at as written.
        var refused = HasDangerousStyle(html);
        var sanitizer = Create();
        sanitizer.RemovingTag += (_, e) => refused |= IsDangerous(e.Tag);
        sanitizer.RemovingAttribute += (_, e) => refused |= IsEventAttribute(e.Attribute.Name) || HasDangerousUrl(e.Attribute.Value);
        sanitizer.RemovingStyle += (_, e) => refused |= HasDangerousUrl(e.Style.Value) || e.Style.Value.Contains("expression", StringComparison.OrdinalIgnoreCase);

        var cleaned = sanitizer.Sanitize(html).Trim();
        if (refused)
        {
            throw new ContentValidationException(field, $"{label}含有脚本、事件属性或不安全的链接，已拒绝保存。请删除后重试。");
        }

        return cleaned.Length == 0 ? null : cleaned;
    }

    private static HtmlSanitizer Create()
    {
        var sanitizer = new HtmlSanitizer(new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(_tags, StringComparer.OrdinalIgnoreCase),
            AllowedAttributes = new HashSet<string>(_attributes, StringComparer.OrdinalIgnoreCase),
            AllowedSchemes = new HashSet<string>(["http", "https", "mailto"], StringComparer.OrdinalIgnoreCase),
            UriAttributes = new HashSet<string>(["href", "src", "action", "background", "cite", "formaction", "longdesc", "poster"], StringComparer.OrdinalIgnoreCase),
            AllowedCssProperties = new HashSet<string>(HtmlSanitizerDefaults.AllowedCssProperties, StringComparer.OrdinalIgnoreCase),
        });
        return sanitizer;
    }

    /// <summary>A removed element is dangerous itself, or carries (or hides below it) something dangerous.</summary>
    private static bool IsDangerous(IElement element)
    {
        if (_dangerousTags.Contains(element.LocalName) || element.Attributes.Any(IsDangerousAttribute))
        {
            return true;
        }

        return element.Descendants<IElement>().Any(d => _dangerousTags.Contains(d.LocalName) || d.Attributes.Any(IsDangerousAttribute));
    }

    private static bool HasDangerousStyle(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        return document.All.Select(e => e.GetAttribute("style")).OfType<string>()
            .Any(style => HasDangerousUrl(style) || style.Contains("expression", StringComparison.OrdinalIgnoreCase));
    }

    private static bool IsDangerousAttribute(IAttr attribute) => IsEventAttribute(attribute.Name) || HasDangerousUrl(attribute.Value);

    private static bool IsEventAttribute(string name) => name.StartsWith("on", StringComparison.OrdinalIgnoreCase);

    /// <summary>Browsers ignore whitespace and control characters inside a scheme (<c>java&#9;script:</c>).</summary>
    private static bool HasDangerousUrl(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return false;
        }

        var compact = new string(value.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray());
        return _dangerousSchemes.Any(s => compact.Contains(s, StringComparison.OrdinalIgnoreCase));
    }
}
