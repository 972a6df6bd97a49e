using System.Globalization;
using System.Text.Json.Nodes;
using Anshun.Contents.Data;
using Anshun.Contents.Models;
using Anshun.Contents.Naming;
using Anshun.Contents.Services;
using Anshun.Core;
using Anshun.Core.Files;
using Anshun.Core.Organization;
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
        ContentItemRecord item, ContentVersionRecord version, IReadOnlyDictionary<string, SectionInfo> sections, CancellationToken cancellationToken) =>
        (await BuildManyAsync([new ContentSearchRow(item, version)], sections, cancellationToken))[0];

    /// <summary>
    /// The documents of a page of items, in the same order (null where an item may not be found). Attachments and
    /// the people named in user fields are looked up once for the whole page, not once per item.
    /// </summary>
    public async Task<IReadOnlyList<SearchDocument?>> BuildManyAsync(
        IReadOnlyList<ContentSearchRow> rows, IReadOnlyDictionary<string, SectionInfo> sections, CancellationToken cancellationToken)
    {
        var unitNames = await units.GetUnitsAsync(cancellationToken);
        var parsed = new List<ParsedRow>(rows.Count);
        foreach (var row in rows)
        {
            parsed.Add(new ParsedRow(row, ContentVersionData.Deserialize(row.Version.Data), await definitions.GetTypeAsync(row.Item.ContentType, cancellationToken)));
        }

        var files = await FilesAsync(parsed.SelectMany(p => p.AttachmentIds()), cancellationToken);
        var people = await PeopleAsync(parsed.SelectMany(p => p.UserIds()), cancellationToken);
        var documents = new List<SearchDocument?>(rows.Count);
        foreach (var row in parsed)
        {
            documents.Add(Build(row, sections, unitNames, files, people));
        }

        return documents;
    }

    private SearchDocument? Build(
        ParsedRow row,
        IReadOnlyDictionary<string, SectionInfo> sections,
        IReadOnlyDictionary<string, OrgUnitInfo> unitNames,
        IReadOnlyDictionary<string, AttachmentInfo> files,
        IReadOnlyDictionary<string, UserInfo> people)
    {
        var (item, version) = (row.Row.Item, row.Row.Version);
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

        var data = row.Data;
        var type = row.Type;
        var unit = data.IssuingUnitId is { } unitId ? unitNames.GetValueOrDefault(unitId) : null;

        var fields = new List<SearchField>();
        // Section and unit names reach the index through their facets' labels.
        AddField(fields, "来源", data.Source);
        var numbers = new List<string>();
        foreach (var definition in type?.Fields ?? [])
        {
            if (definition.Type == ContentFieldType.Media || !data.Fields.TryGetValue(definition.Name, out var value) || value is null)
            {
                continue;
            }

            var text = FieldText(definition.Type, value, unitNames, people);
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
            Attachments = Attachments(row.AttachmentIds(), files),
            Facets = facets,
            PublishedUtc = item.PublishedUtc,
            Access = access,
        };
    }

    private async Task<IReadOnlyDictionary<string, AttachmentInfo>> FilesAsync(IEnumerable<string> ids, CancellationToken cancellationToken)
    {
        var distinct = ids.Distinct(StringComparer.Ordinal).ToList();
        return distinct.Count == 0
            ? new Dictionary<string, AttachmentInfo>()
            : (await attachments.GetManyAsync(distinct, cancellationToken)).ToDictionary(f => f.Id, StringComparer.Ordinal);
    }

    private async Task<IReadOnlyDictionary<string, UserInfo>> PeopleAsync(IEnumerable<string> ids, CancellationToken cancellationToken)
    {
        var distinct = ids.Distinct(StringComparer.Ordinal).ToList();
        var directory = distinct.Count == 0 ? null : services.GetService<IUserDirectory>();
        return directory is null
            ? new Dictionary<string, UserInfo>()
            : (await directory.GetByIdsAsync(distinct, cancellationToken)).ToDictionary(u => u.Id, StringComparer.Ordinal);
    }

    private IReadOnlyList<SearchAttachment> Attachments(IReadOnlyList<string> ids, IReadOnlyDictionary<string, AttachmentInfo> files)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        // The worker opens files after this request's scope may be gone: only the folder and hash are captured.
        var blobs = new ContentAddressedStore(appData.GetFolder("attachments"));
        return ids.Distinct().Where(files.ContainsKey).Select(id => files[id])
            .Select(f => new SearchAttachment(f.FileName, f.MediaType, _ => Task.FromResult(Open(blobs, f)))).ToList();
    }

    private static Stream Open(ContentAddressedStore blobs, AttachmentInfo file) =>
        blobs.Contains(file.Sha256) ? blobs.OpenRead(file.Sha256) : throw new FileNotFoundException($"附件“{file.FileName}”的内容已丢失。");

    private static string? FieldText(
        ContentFieldType type, JsonNode value, IReadOnlyDictionary<string, OrgUnitInfo> unitNames, IReadOnlyDictionary<string, UserInfo> people)
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
                return string.Join("、", Strings(value).Where(people.ContainsKey).Select(id => people[id].DisplayName));
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

    private sealed record ParsedRow(ContentSearchRow Row, ContentVersionData Data, ContentTypeDefinition? Type)
    {
        /// <summary>Attachments of the item, then files of its media fields, in the order the item lists them.</summary>
        public IReadOnlyList<string> AttachmentIds() =>
            [.. Data.AttachmentIds, .. FieldValues(ContentFieldType.Media)];

        public IEnumerable<string> UserIds() => FieldValues(ContentFieldType.User);

        private IEnumerable<string> FieldValues(ContentFieldType fieldType) =>
            (Type?.Fields ?? []).Where(d => d.Type == fieldType)
                .SelectMany(d => Data.Fields.TryGetValue(d.Name, out var value) && value is not null ? Strings(value) : []);
    }
}
