using System.Globalization;
using System.Security.Claims;
using System.Text.Json.Nodes;
using Anshun.Contents.Models;
using Anshun.Contents.Naming;
using Anshun.Contents.Services;
using Anshun.Contents.ViewModels;
using Anshun.Core.Users;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.DependencyInjection;

namespace Anshun.Contents.Portal;

/// <summary>
/// Renders an item's fields by their type for readers. Values are encoded; rich text was sanitized
/// when it was saved. People and units appear by name; linked content only if the reader may read it.
/// </summary>
public sealed class PortalFieldRenderer(
    IServiceProvider services,
    IAttachmentStore attachments,
    UnitNameLookup units,
    IContentManager contents)
{
    public async Task<IReadOnlyList<PortalFieldView>> RenderAsync(
        ClaimsPrincipal user, ContentTypeDefinition? type, ContentItemView item, CancellationToken cancellationToken = default)
    {
        var result = new List<PortalFieldView>();
        foreach (var field in type?.Fields ?? [])
        {
            if (!item.Fields.TryGetValue(field.Name, out var value) || value is null)
            {
                continue;
            }

            var html = await RenderValueAsync(user, field.Type, value, cancellationToken);
            if (html is not null)
            {
                result.Add(new PortalFieldView(field.Name, field.DisplayName, html, field.Type == ContentFieldType.Html));
            }
        }

        return result;
    }

    private async Task<IHtmlContent?> RenderValueAsync(ClaimsPrincipal user, ContentFieldType type, JsonNode value, CancellationToken cancellationToken)
    {
        switch (type)
        {
            case ContentFieldType.Html:
                return Text(value) is { Length: > 0 } html ? new HtmlString(html) : null;
            case ContentFieldType.Date:
                return Text(value) is { Length: > 0 } date ? Encoded(FormatDate(date)) : null;
            case ContentFieldType.Boolean:
                return value is JsonValue b && b.TryGetValue<bool>(out var flag) ? Encoded(flag ? "是" : "否") : null;
            case ContentFieldType.Number:
                return value is JsonValue n && n.TryGetValue<decimal>(out var number) ? Encoded(number.ToString(CultureInfo.InvariantCulture)) : null;
            case ContentFieldType.Link:
                return RenderLink(value);
            case ContentFieldType.Tags:
                return Join(Strings(value).Select(tag => Tag("span", tag, "badge portal-tag")), "");
            case ContentFieldType.Media:
                var files = await attachments.GetManyAsync(Strings(value), cancellationToken);
                return Join(files.Select(f => Anchor(new PortalAttachmentView(f).DownloadUrl, f.FileName)), "、");
            case ContentFieldType.User:
                var directory = services.GetService<IUserDirectory>();
                var people = directory is null ? [] : await directory.GetByIdsAsync(Strings(value), cancellationToken);
                return Join(people.Select(p => Tag("span", p.DisplayName, null)), "、");
            case ContentFieldType.OrgUnit:
                var names = await units.GetUnitsAsync(cancellationToken);
                return Join(Strings(value).Where(names.ContainsKey).Select(id => Tag("span", names[id].Name, null)), "、");
            case ContentFieldType.ContentPicker:
                var linked = new List<IHtmlContent>();
                foreach (var id in Strings(value))
                {
                    if (await contents.GetAsync(user, id, ContentVersionOption.Published, cancellationToken) is { } other)
                    {
                        linked.Add(Anchor("/content/" + other.ContentItemId, other.Title));
                    }
                }

                return Join(linked, "、");
            default:
                return Text(value) is { Length: > 0 } text ? Encoded(text) : null;
        }
    }

    private static IHtmlContent? RenderLink(JsonNode value)
    {
        if (value is not JsonObject link || StringOf(link["url"]) is not { Length: > 0 } url || !IsSafeUrl(url))
        {
            return null;
        }

        var text = StringOf(link["text"]);
        return Anchor(url, string.IsNullOrEmpty(text) ? url : text);
    }

    /// <summary>Only web links and site paths: a stored <c>javascript:</c> link must never become clickable.</summary>
    private static bool IsSafeUrl(string url) =>
        (url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal))
        || (Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps));

    private static string FormatDate(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? string.Format(CultureInfo.InvariantCulture, "{0}年{1}月{2}日", date.Year, date.Month, date.Day)
            : text;

    private static string? StringOf(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    private static string? Text(JsonNode value) => value is JsonValue v && v.TryGetValue<string>(out var s) ? s : value.ToJsonString();

    private static List<string> Strings(JsonNode value) => value switch
    {
        JsonArray array => array.Select(n => n is JsonValue v && v.TryGetValue<string>(out var s) ? s : null).OfType<string>().ToList(),
        JsonValue single when single.TryGetValue<string>(out var s) => [s],
        _ => [],
    };

    private static IHtmlContent Encoded(string text) => new HtmlContentBuilder().Append(text);

    private static IHtmlContent Tag(string name, string text, string? cssClass)
    {
        var tag = new TagBuilder(name);
        if (cssClass is not null)
        {
            tag.AddCssClass(cssClass);
        }

        tag.InnerHtml.Append(text);
        return tag;
    }

    private static IHtmlContent Anchor(string url, string text)
    {
        var tag = new TagBuilder("a");
        tag.Attributes["href"] = url;
        tag.InnerHtml.Append(text);
        return tag;
    }

    private static IHtmlContent? Join(IEnumerable<IHtmlContent> parts, string separator)
    {
        var builder = new HtmlContentBuilder();
        var any = false;
        foreach (var part in parts)
        {
            if (any)
            {
                builder.Append(separator);
            }

            builder.AppendHtml(part);
            any = true;
        }

        return any ? builder : null;
    }
}
