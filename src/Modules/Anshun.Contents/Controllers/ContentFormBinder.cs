using System.Globalization;
using System.Security.Claims;
using System.Text.Json.Nodes;
using Anshun.Contents.Models;
using Anshun.Contents.Services;
using Anshun.Contents.ViewModels;
using Anshun.Core.Time;
using Anshun.Core.Users;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Anshun.Contents.Controllers;

/// <summary>
/// Turns the posted admin form into a <see cref="ContentInput"/> (and an item back into form values).
/// Only what a form cannot express reaches ModelState here (a number that is no number, an unknown
/// user name, a malformed time); every rule about content stays in the content manager.
/// </summary>
public sealed class ContentFormBinder(IUserDirectory users, IAttachmentStore attachments, ContentPickerOptions pickerOptions, ContentAdminOptions options)
{
    public const string DateTimeLocalFormat = "yyyy-MM-ddTHH:mm";

    private static readonly char[] ListSeparators = [',', '，', '、', ';', '；', '\n', '\r'];
    private static readonly char[] NameSeparators = [',', '，', '、', ';', '；', ' ', '　', '\n', '\r'];

    /// <summary>Reads the field inputs from <paramref name="form"/> into <paramref name="input"/>, then builds the service input; null when ModelState got errors.</summary>
    public async Task<ContentInput?> ToContentInputAsync(
        ContentTypeDefinition type, AdminContentInput input, IFormCollection form, ModelStateDictionary modelState, CancellationToken cancellationToken)
    {
        var result = new ContentInput
        {
            ContentType = type.Name,
            Title = input.Title,
            SectionId = Blank(input.SectionId),
            Source = input.Source,
            IssuingUnitId = Blank(input.IssuingUnitId),
            Importance = input.Importance,
            Pinned = input.Pinned,
            Summary = input.Summary,
            Body = input.Body,
            AttachmentIds = input.Attachments.Where(id => !string.IsNullOrWhiteSpace(id)).Distinct(StringComparer.Ordinal).ToList(),
        };

        if (ParseLocal(input.PinnedUntilUtc, out var pinnedUntil))
        {
            result.PinnedUntilUtc = pinnedUntil;
        }
        else
        {
            modelState.AddModelError("pinnedUntilUtc", "置顶截止时间的格式不正确，请按“年-月-日 时:分”选择。");
        }

        foreach (var field in type.Fields)
        {
            var key = "fields." + field.Name;
            var values = form[key].Where(v => v is not null).Select(v => v!).ToList();
            if (field.Type == ContentFieldType.Link)
            {
                values = [form[key + ".url"].ToString(), form[key + ".text"].ToString()];
            }

            input.FieldValues[field.Name] = values;
            var (value, error) = await ConvertAsync(field, values, cancellationToken);
            if (error is not null)
            {
                modelState.AddModelError(key, error);
            }
            else if (value is not null)
            {
                result.Fields[field.Name] = value;
            }
        }

        return modelState.IsValid ? result : null;
    }

    /// <summary>The form values of a saved version.</summary>
    public async Task<AdminContentInput> FromItemAsync(ContentTypeDefinition type, ContentItemView item, CancellationToken cancellationToken)
    {
        var input = new AdminContentInput
        {
            Title = item.Title,
            SectionId = item.SectionId,
            Source = item.Source,
            IssuingUnitId = item.IssuingUnitId,
            Importance = item.Importance,
            Pinned = item.Pinned,
            PinnedUntilUtc = item.PinnedUntilUtc is { } until ? ChinaTime.FromUtc(until).ToString(DateTimeLocalFormat, CultureInfo.InvariantCulture) : null,
            Summary = item.Summary,
            Body = item.Body,
            Attachments = item.Attachments.Select(a => a.Id).ToList(),
        };

        foreach (var field in type.Fields)
        {
            var node = item.Fields.GetValueOrDefault(field.Name);
            input.FieldValues[field.Name] = await ToValuesAsync(field, node, cancellationToken);
        }

        return input;
    }

    /// <summary>Everything the form shows beside the input: section and unit pickers, files, field editors.</summary>
    public async Task<AdminContentFormViewModel> FormAsync(
        ClaimsPrincipal user, ContentTypeDefinition type, AdminContentInput input, CancellationToken cancellationToken)
    {
        var access = await options.AccessAsync(user, cancellationToken);
        var sections = await options.EditableSectionsAsync(access, type.Name, cancellationToken);
        var units = type.Has(ContentParts.Source) || type.Fields.Any(f => f.Type == ContentFieldType.OrgUnit)
            ? await options.UnitsAsync(cancellationToken)
            : [];
        var files = await FilesAsync(input.Attachments, cancellationToken);

        var editors = new List<AdminFieldEditor>();
        foreach (var field in type.Fields)
        {
            var values = input.FieldValues.GetValueOrDefault(field.Name) ?? [];
            IReadOnlyList<AdminOption> choices = field.Type switch
            {
                ContentFieldType.OrgUnit => units,
                ContentFieldType.ContentPicker => await pickerOptions.GetAsync(user, field, values, cancellationToken),
                ContentFieldType.Tags => field.Options.Select(o => new AdminOption(o, o)).ToList(),
                _ => [],
            };
            var media = field.Type == ContentFieldType.Media ? await FilesAsync(values, cancellationToken) : [];
            editors.Add(new AdminFieldEditor(field, values, choices, media));
        }

        return new AdminContentFormViewModel(type, input, sections, units, files, editors);
    }

    public static bool ParseLocal(string? text, out DateTime? utc)
    {
        utc = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (!DateTime.TryParseExact(text.Trim(), [DateTimeLocalFormat, "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return false;
        }

        utc = ChinaTime.ToUtc(local);
        return true;
    }

    private async Task<IReadOnlyList<AttachmentInfo>> FilesAsync(IEnumerable<string> ids, CancellationToken cancellationToken)
    {
        var list = ids.Where(id => !string.IsNullOrWhiteSpace(id)).ToList();
        if (list.Count == 0)
        {
            return [];
        }

        var found = (await attachments.GetManyAsync(list, cancellationToken)).ToDictionary(a => a.Id, StringComparer.Ordinal);
        return list.Where(found.ContainsKey).Select(id => found[id]).ToList();
    }

    private async Task<(JsonNode? Value, string? Error)> ConvertAsync(ContentFieldDefinition field, List<string> values, CancellationToken cancellationToken)
    {
        var first = values.Select(v => v.Trim()).FirstOrDefault(v => v.Length > 0);
        switch (field.Type)
        {
            case ContentFieldType.Text:
            case ContentFieldType.Html:
                return (first is null ? null : JsonValue.Create(values.First(v => v.Trim().Length > 0)), null);
            case ContentFieldType.Date:
                return first is null ? (null, null)
                    : DateOnly.TryParseExact(first, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
                        ? (JsonValue.Create(first), null)
                        : (null, $"“{field.DisplayName}”的日期格式不正确，请按“年-月-日”选择。");
            case ContentFieldType.Number:
                return first is null ? (null, null)
                    : decimal.TryParse(first, NumberStyles.Number, CultureInfo.InvariantCulture, out var number)
                        ? (JsonValue.Create(number), null)
                        : (null, $"“{field.DisplayName}”须填写数字。");
            case ContentFieldType.Boolean:
                return (JsonValue.Create(values.Contains("true", StringComparer.OrdinalIgnoreCase)), null);
            case ContentFieldType.Link:
                var url = values.ElementAtOrDefault(0)?.Trim() ?? "";
                var text = values.ElementAtOrDefault(1)?.Trim() ?? "";
                return (url.Length == 0 ? null : new JsonObject { ["url"] = url, ["text"] = text.Length == 0 ? null : text }, null);
            case ContentFieldType.Tags:
                return (Array(Split(values, ListSeparators)), null);
            case ContentFieldType.User:
                return await UsersAsync(field, Split(values, NameSeparators), cancellationToken);
            default:
                // Media, OrgUnit, ContentPicker: the inputs already carry ids (hidden inputs or selects).
                return (Array(values.Select(v => v.Trim()).Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).ToList()), null);
        }
    }

    private async Task<(JsonNode? Value, string? Error)> UsersAsync(ContentFieldDefinition field, IReadOnlyList<string> names, CancellationToken cancellationToken)
    {
        var ids = new List<string>();
        foreach (var name in names)
        {
            if (await users.FindByNameAsync(name, cancellationToken) is not { } found)
            {
                return (null, $"“{field.DisplayName}”中的用户名“{name}”不存在，请填写系统中的用户名。");
            }

            ids.Add(found.Id);
        }

        return (Array(ids), null);
    }

    private async Task<IReadOnlyList<string>> ToValuesAsync(ContentFieldDefinition field, JsonNode? node, CancellationToken cancellationToken)
    {
        switch (node)
        {
            case null:
                return [];
            case JsonObject link when field.Type == ContentFieldType.Link:
                return [link["url"]?.GetValue<string>() ?? "", link["text"]?.GetValue<string>() ?? ""];
            case JsonArray array:
                var items = array.Select(n => n?.ToString() ?? "").Where(s => s.Length > 0).ToList();
                if (field.Type == ContentFieldType.User)
                {
                    var found = (await users.GetByIdsAsync(items, cancellationToken)).ToDictionary(u => u.Id, u => u.UserName, StringComparer.Ordinal);
                    return [string.Join("，", items.Select(id => found.GetValueOrDefault(id, id)))];
                }

                return field.Type == ContentFieldType.Tags ? [string.Join("，", items)] : items;
            case JsonValue value when field.Type == ContentFieldType.Boolean:
                return value.TryGetValue<bool>(out var flag) && flag ? ["true"] : [];
            case JsonValue value when field.Type == ContentFieldType.Number:
                return [value.ToJsonString()];
            default:
                return [node.GetValueKind() == System.Text.Json.JsonValueKind.String ? node.GetValue<string>() : node.ToJsonString()];
        }
    }

    private static List<string> Split(IEnumerable<string> values, char[] separators) =>
        values.SelectMany(v => v.Split(separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Distinct(StringComparer.Ordinal).ToList();

    private static JsonArray? Array(IReadOnlyList<string> values) =>
        values.Count == 0 ? null : new JsonArray(values.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray());

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
