using System.Globalization;
using System.Text.Json.Nodes;
using Anshun.Contents.Data;
using Anshun.Contents.Models;
using Anshun.Contents.Naming;
using Anshun.Contents.Services;
using Anshun.Core;
using Anshun.Core.Files;
using Anshun.Core.Search;
using Anshun.Core.Users;
using Microsoft.Extensions.DependencyInjection;

namespace Anshun.Contents.Search;

/// <summary>
/// Builds the search document of an item's published version: plain text, fields under their Chinese
/// labels (dates as 2026年11月20日), document numbers, attachments opened lazily from the attachment
/// store, the type/section/unit facets with their Chinese names and the section gates.
/// </summary>
public sealed class ContentSearchDocumentBuilder(
    IServiceProvider services,
    IContentDefinitionStore definitions,
    IAttachmentStore attachments,
    UnitNameLookup units,
    AppDataFolder appData)
{
    /// <summary>The field whose values are document numbers (文号).</summary>
    public const string DocumentNumberField = "DocumentNumber";

    /// <summary>The document, or null when the item may not be found (its section is missing or disabled on the path).</summary>
    public async Task<SearchDocument?> BuildAsync(
        ContentItemRecord item, ContentVersionRecord version, IReadOnlyDictionary<string, SectionInfo> sections, CancellationToken cancellationToken)
    {
        var access = SearchAccess.Everyone;
        IReadOnlyList<SectionInfo> path = [];
        if (version.SectionId is { } sectionId)
        {
            if (ContentSearchAccess.PathOf(sections, sectionId) is not { } found)
            {
                return null;
            }

            path = found;
            access = ContentSearchAccess.For(path);
        }

        var data = ContentVersionData.Deserialize(version.Data);
        var type = await definitions.GetTypeAsync(item.ContentType, cancellationToken);
        var unitNames = await units.GetUnitsAsync(cancellationToken);
        var unit = data.IssuingUnitId is { } unitId ? unitNames.GetValueOrDefault(unitId) : null;

        var fields = new List<SearchField>();
        // Section and unit names reach the index through their facets' labels.
        AddField(fields, "来源", data.Source);
        var numbers = new List<string>();
        var mediaIds = new List<string>();
        foreach (var definition in type?.Fields ?? [])
        {
            if (!data.Fields.TryGetValue(definition.Name, out var value) || value is null)
            {
                continue;
            }

            if (definition.Type == ContentFieldType.Media)
            {
                mediaIds.AddRange(Strings(value));
                continue;
            }

            var text = await FieldTextAsync(definition.Type, value, unitNames, cancellationToken);
            AddField(fields, definition.DisplayName, text);
            if (definition.Name == DocumentNumberField && !string.IsNullOrWhiteSpace(text))
            {
                numbers.Add(text.Trim());
            }
        }

        // Every section on the path, root first: filtering by 部门信息 finds the items of each department's section.
        var facets = new List<SearchFacet> { new("type", item.ContentType, type?.DisplayName ?? item.ContentType) };
        facets.AddRange(path.Select(s => new SearchFacet("section", s.Code, s.Name)));

        if (unit is not null)
        {
            facets.Add(new SearchFacet("unit", unit.Code, unit.Name));
        }

        return new SearchDocument(ContentSearchSource.SourceName, item.Id, item.ContentType, "/content/" + item.Id, version.Title)
        {
            Summary = string.IsNullOrWhiteSpace(data.Summary) ? null : data.Summary.Trim(),
            Body = ContentPlainText.FromHtml(data.Body),
            Fields = fields,
            DocumentNumbers = numbers,
            Attachments = await AttachmentsAsync([.. data.AttachmentIds, .. mediaIds], cancellationToken),
            Facets = facets,
            PublishedUtc = item.PublishedUtc,
            Access = access,
        };
    }

    private async Task<IReadOnlyList<SearchAttachment>> AttachmentsAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        // The worker opens files after this request's scope may be gone: only the folder and hash are captured.
        var blobs = new ContentAddressedStore(appData.GetFolder("attachments"));
        var files = await attachments.GetManyAsync(ids, cancellationToken);
        return files.Select(f => new SearchAttachment(f.FileName, f.MediaType, _ => Task.FromResult(Open(blobs, f)))).ToList();
    }

    private static Stream Open(ContentAddressedStore blobs, AttachmentInfo file) =>
        blobs.Contains(file.Sha256) ? blobs.OpenRead(file.Sha256) : throw new FileNotFoundException($"附件“{file.FileName}”的内容已丢失。");

    private async Task<string?> FieldTextAsync(
        ContentFieldType type, JsonNode value, IReadOnlyDictionary<string, Anshun.Core.Organization.OrgUnitInfo> unitNames, CancellationToken cancellationToken)
    {
        switch (type)
        {
            case ContentFieldType.Html:
                return ContentPlainText.FromHtml(StringOf(value));
            case ContentFieldType.Date:
                return StringOf(value) is { } date ? FormatDate(date) : null;
            case ContentFieldType.Number:
                return value is JsonValue n && n.TryGetValue<decimal>(out var number) ? number.ToString(CultureInfo.InvariantCulture) : null;
            case ContentFieldType.Link:
                return value is JsonObject link ? StringOf(link["text"]) ?? StringOf(link["url"]) : null;
            case ContentFieldType.Tags:
                return string.Join("、", Strings(value));
            case ContentFieldType.User:
                var directory = services.GetService<IUserDirectory>();
                var people = directory is null ? [] : await directory.GetByIdsAsync(Strings(value), cancellationToken);
                return string.Join("、", people.Select(p => p.DisplayName));
            case ContentFieldType.OrgUnit:
                return string.Join("、", Strings(value).Where(unitNames.ContainsKey).Select(id => unitNames[id].Name));
            case ContentFieldType.Text:
                return StringOf(value);
            default:
                // 是/否 and linked items say nothing searchable; a linked title could even name a restricted item.
                return null;
        }
    }

    private static void AddField(List<SearchField> fields, string label, string? text)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            fields.Add(new SearchField(label, text.Trim()));
        }
    }

    private static string FormatDate(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? string.Format(CultureInfo.InvariantCulture, "{0}年{1}月{2}日", date.Year, date.Month, date.Day)
            : text;

    private static string? StringOf(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    private static List<string> Strings(JsonNode value) => value switch
    {
        JsonArray array => array.Select(StringOf).OfType<string>().ToList(),
        JsonValue single when single.TryGetValue<string>(out var s) => [s],
        _ => [],
    };
}
