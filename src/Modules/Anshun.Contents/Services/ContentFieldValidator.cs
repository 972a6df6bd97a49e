using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Anshun.Contents.Data;
using Anshun.Contents.Models;
using Anshun.Core.Organization;
using Anshun.Core.Users;
using Microsoft.EntityFrameworkCore;

namespace Anshun.Contents.Services;

/// <summary>
/// Checks and normalizes one field value by its type (shapes in <see cref="ContentFieldType"/>).
/// Errors name the input <c>fields.&lt;Name&gt;</c> and the field's Chinese label.
/// </summary>
public sealed class ContentFieldValidator(
    ContentHtmlSanitizer sanitizer,
    ContentAttachmentRules attachments,
    IUserDirectory users,
    IOrganizationService organization,
    ContentsDbContext db)
{
    public const int TagMaxLength = 50;
    public const int TagMaxCount = 20;
    public const int LinkTextMaxLength = 200;

    /// <summary>The stored value, or null when the field is empty.</summary>
    public async Task<JsonNode?> ValidateAsync(
        ContentFieldDefinition field,
        JsonNode? value,
        string? contentItemId,
        string? actingUserId,
        List<string> claimedAttachments,
        CancellationToken cancellationToken)
    {
        var key = "fields." + field.Name;
        var label = $"“{field.DisplayName}”";
        var result = field.Type switch
        {
            ContentFieldType.Text => Text(field, value, key, label),
            ContentFieldType.Html => Html(value, key, label),
            ContentFieldType.Date => Date(value, key, label),
            ContentFieldType.Number => Number(field, value, key, label),
            ContentFieldType.Boolean => Boolean(value, key, label),
            ContentFieldType.Link => Link(value, key, label),
            ContentFieldType.Tags => Tags(value, key, label),
            ContentFieldType.Media => await MediaAsync(field, value, key, label, contentItemId, actingUserId, claimedAttachments, cancellationToken),
            ContentFieldType.User => await UsersAsync(field, value, key, label, cancellationToken),
            ContentFieldType.OrgUnit => await UnitsAsync(field, value, key, label, cancellationToken),
            ContentFieldType.ContentPicker => await ContentItemsAsync(field, value, key, label, contentItemId, cancellationToken),
            _ => throw new ContentValidationException(key, $"字段{label}的类型无效。"),
        };

        if (field.Required && (result is null || result is JsonArray { Count: 0 }))
        {
            throw new ContentValidationException(key, $"请填写{label}。");
        }

        return result;
    }

    private static JsonNode? Text(ContentFieldDefinition field, JsonNode? value, string key, string label)
    {
        var text = StringOf(value, key, $"{label}应为文本。");
        var max = field.MaxLength ?? ContentDefinitionRules.DefaultTextMaxLength;
        if (text is { Length: > 0 } && text.Length > max)
        {
            throw new ContentValidationException(key, $"{label}最多 {max} 个字符，当前 {text.Length} 个。");
        }

        return string.IsNullOrEmpty(text) ? null : JsonValue.Create(text);
    }

    private JsonNode? Html(JsonNode? value, string key, string label)
    {
        var html = sanitizer.Sanitize(StringOf(value, key, $"{label}应为文本。"), key, label);
        return html is null ? null : JsonValue.Create(html);
    }

    private static JsonNode? Date(JsonNode? value, string key, string label)
    {
        var text = StringOf(value, key, $"{label}应为日期，格式为 yyyy-MM-dd。");
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            throw new ContentValidationException(key, $"{label}应为日期，格式为 yyyy-MM-dd。");
        }

        return JsonValue.Create(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    private static JsonNode? Number(ContentFieldDefinition field, JsonNode? value, string key, string label)
    {
        if (value is null)
        {
            return null;
        }

        decimal number;
        if (value is JsonValue v && v.GetValueKind() == JsonValueKind.Number)
        {
            number = v.Deserialize<decimal>();
        }
        else if (value is JsonValue s && s.GetValueKind() == JsonValueKind.String
            && (s.GetValue<string>().Trim() is var text))
        {
            if (text.Length == 0)
            {
                return null;
            }

            if (!decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out number))
            {
                throw new ContentValidationException(key, $"{label}应为数字。");
            }
        }
        else
        {
            throw new ContentValidationException(key, $"{label}应为数字。");
        }

        if (field.Minimum is { } min && number < min)
        {
            throw new ContentValidationException(key, $"{label}不能小于 {min.ToString(CultureInfo.InvariantCulture)}。");
        }

        if (field.Maximum is { } max && number > max)
        {
            throw new ContentValidationException(key, $"{label}不能大于 {max.ToString(CultureInfo.InvariantCulture)}。");
        }

        return JsonValue.Create(number);
    }

    private static JsonNode? Boolean(JsonNode? value, string key, string label) => value switch
    {
        null => null,
        JsonValue v when v.GetValueKind() is JsonValueKind.True or JsonValueKind.False => JsonValue.Create(v.GetValue<bool>()),
        _ => throw new ContentValidationException(key, $"{label}应为“是”或“否”。"),
    };

    private static JsonNode? Link(JsonNode? value, string key, string label)
    {
        string? url;
        string? text = null;
        if (value is JsonObject obj)
        {
            url = StringOf(obj["url"], key, $"{label}的地址应为文本。");
            text = StringOf(obj["text"], key, $"{label}的文字应为文本。");
        }
        else
        {
            url = StringOf(value, key, $"{label}应为链接。");
        }

        if (string.IsNullOrEmpty(url))
        {
            return null;
        }

        if (!ContentLinks.IsSafe(url))
        {
            throw new ContentValidationException(key, $"{label}只能是 http、https 链接或以“/”开头的站内地址。");
        }

        if (text is { Length: > LinkTextMaxLength })
        {
            throw new ContentValidationException(key, $"{label}的文字最多 {LinkTextMaxLength} 个字符。");
        }

        return new JsonObject { ["url"] = url, ["text"] = string.IsNullOrEmpty(text) ? null : text };
    }

    private static JsonNode? Tags(JsonNode? value, string key, string label)
    {
        var tags = new List<string>();
        foreach (var tag in Strings(value, key, label))
        {
            if (tag.Length > TagMaxLength)
            {
                throw new ContentValidationException(key, $"{label}中的每个标签最多 {TagMaxLength} 个字符。");
            }

            if (!tags.Contains(tag, StringComparer.Ordinal))
            {
                tags.Add(tag);
            }
        }

        if (tags.Count > TagMaxCount)
        {
            throw new ContentValidationException(key, $"{label}最多 {TagMaxCount} 个标签。");
        }

        return ToArray(tags);
    }

    private async Task<JsonNode?> MediaAsync(ContentFieldDefinition field, JsonNode? value, string key, string label,
        string? contentItemId, string? actingUserId, List<string> claimed, CancellationToken cancellationToken)
    {
        var ids = Ids(field, value, key, label);
        await attachments.CheckAsync(ids, contentItemId, actingUserId, key, cancellationToken);
        claimed.AddRange(ids);
        return ToArray(ids);
    }

    private async Task<JsonNode?> UsersAsync(ContentFieldDefinition field, JsonNode? value, string key, string label, CancellationToken cancellationToken)
    {
        var ids = Ids(field, value, key, label);
        var found = ids.Count == 0 ? [] : await users.GetByIdsAsync(ids, cancellationToken);
        if (ids.FirstOrDefault(id => found.All(u => u.Id != id)) is { } missing)
        {
            throw new ContentValidationException(key, $"{label}中的人员“{missing}”不存在。");
        }

        return ToArray(ids);
    }

    private async Task<JsonNode?> UnitsAsync(ContentFieldDefinition field, JsonNode? value, string key, string label, CancellationToken cancellationToken)
    {
        var unitIds = new List<string>();
        foreach (var id in Ids(field, value, key, label))
        {
            var unit = await organization.FindUnitAsync(id, cancellationToken)
                ?? throw new ContentValidationException(key, $"{label}中的单位“{id}”不存在。");
            unitIds.Add(unit.Id);
        }

        return ToArray(unitIds);
    }

    private async Task<JsonNode?> ContentItemsAsync(ContentFieldDefinition field, JsonNode? value, string key, string label,
        string? contentItemId, CancellationToken cancellationToken)
    {
        var ids = Ids(field, value, key, label);
        if (contentItemId is not null && ids.Contains(contentItemId))
        {
            throw new ContentValidationException(key, $"{label}不能关联内容本身。");
        }

        var found = ids.Count == 0
            ? []
            : await db.Items.AsNoTracking().Where(i => ids.Contains(i.Id) && !i.IsDeleted)
                .Select(i => new { i.Id, i.ContentType }).ToListAsync(cancellationToken);
        foreach (var id in ids)
        {
            var item = found.FirstOrDefault(f => f.Id == id)
                ?? throw new ContentValidationException(key, $"{label}中的内容“{id}”不存在或已删除。");
            if (field.Options.Count > 0 && !field.Options.Contains(item.ContentType, StringComparer.OrdinalIgnoreCase))
            {
                throw new ContentValidationException(key, $"{label}只能关联以下类型的内容：{string.Join("、", field.Options)}。");
            }
        }

        return ToArray(ids);
    }

    private static List<string> Ids(ContentFieldDefinition field, JsonNode? value, string key, string label)
    {
        var ids = Strings(value, key, label).Distinct(StringComparer.Ordinal).ToList();
        if (!field.Multiple && ids.Count > 1)
        {
            throw new ContentValidationException(key, $"{label}只能选择一项。");
        }

        return ids;
    }

    /// <summary>A string or an array of strings; blanks dropped.</summary>
    private static List<string> Strings(JsonNode? value, string key, string label)
    {
        var result = new List<string>();
        if (value is JsonArray array)
        {
            foreach (var node in array)
            {
                var text = StringOf(node, key, $"{label}的每一项都应为文本。");
                if (!string.IsNullOrEmpty(text))
                {
                    result.Add(text);
                }
            }
        }
        else if (StringOf(value, key, $"{label}应为文本或文本数组。") is { Length: > 0 } single)
        {
            result.Add(single);
        }

        return result;
    }

    private static string? StringOf(JsonNode? value, string key, string message) => value switch
    {
        null => null,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>().Trim(),
        _ => throw new ContentValidationException(key, message),
    };

    private static JsonArray? ToArray(IReadOnlyCollection<string> values) =>
        values.Count == 0 ? null : new JsonArray(values.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray());
}
