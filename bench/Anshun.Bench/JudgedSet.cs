using System.Globalization;
using System.Text.Json;
using Anshun.Core.Search;
using Anshun.Core.Security;
using Anshun.Search.Engine;

namespace Anshun.Bench;

/// <summary>
/// The judged query set of issue #4 (<c>tests/Anshun.Search.Tests/Corpus</c>: 134 documents, 81 queries with graded
/// judgements), turned into search documents as the content source would build them, for both engines.
/// </summary>
public sealed class JudgedSet
{
    private static readonly JsonSerializerOptions _json = new() { PropertyNameCaseInsensitive = true };

    private static readonly Dictionary<string, string> _fieldLabels = new()
    {
        ["DocumentNumber"] = "文号", ["Speaker"] = "讲话人", ["SpeechDate"] = "讲话日期", ["Occasion"] = "场合", ["Tags"] = "标签",
    };

    private static readonly Dictionary<string, string> _typeLabels = new()
    {
        ["Notice"] = "电子公告", ["Article"] = "信息", ["Speech"] = "领导讲话", ["Document"] = "文件资料",
    };

    private static readonly Dictionary<string, string> _sectionLabels = new()
    {
        ["notices"] = "电子公告", ["city-news"] = "本市信息", ["speeches"] = "领导讲话", ["speeches-internal"] = "内部讲话", ["shared-files"] = "文件资料共享",
    };

    private JudgedSet(IReadOnlyList<(SearchDocument, string?)> documents, IReadOnlyList<JudgedQuery> queries)
    {
        Documents = documents;
        Queries = queries;
    }

    /// <summary>Each document with the text of its attachments.</summary>
    public IReadOnlyList<(SearchDocument Document, string? AttachmentText)> Documents { get; }

    public IReadOnlyList<JudgedQuery> Queries { get; }

    /// <summary>A leader of the government office: may read every judged document, 内部讲话 included.</summary>
    public static SearchReader Everything { get; } = SearchReader.Of(new AccessSubject(
        "leader", new HashSet<string> { "Staff", "Leader" }, new HashSet<string> { "SZF" }, new HashSet<string>(), SecretLevel.Confidential));

    public static JudgedSet Load(string folder)
    {
        using var documents = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "documents.json")));
        using var queries = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "queries.json")));
        var readers = documents.RootElement.GetProperty("restrictedSections").GetProperty("speeches-internal").GetProperty("readers")
            .EnumerateArray().Select(r => r.GetProperty("value").GetString() is var value && r.GetProperty("kind").GetString() == "Role"
                ? SearchPrincipal.Role(value!) : SearchPrincipal.Unit(value!)).ToList();
        var docs = documents.RootElement.GetProperty("documents").EnumerateArray().Select(d => ToDocument(d, readers)).ToList();
        var judged = queries.RootElement.GetProperty("queries").EnumerateArray()
            .Select(q => JsonSerializer.Deserialize<JudgedQuery>(q.GetRawText(), _json)!).ToList();
        return new JudgedSet(docs, judged);
    }

    private static (SearchDocument, string?) ToDocument(JsonElement d, IReadOnlyList<SearchPrincipal> restrictedReaders)
    {
        string S(string name) => d.GetProperty(name).GetString() ?? "";
        var fields = new List<SearchField> { new("来源", S("source")) };
        var numbers = new List<string>();
        foreach (var field in d.GetProperty("fields").EnumerateObject())
        {
            var values = field.Value.ValueKind == JsonValueKind.Array ? field.Value.EnumerateArray().Select(v => v.GetString() ?? "").ToList() : [field.Value.GetString() ?? ""];
            foreach (var value in values.Where(v => v.Length > 0))
            {
                fields.Add(new SearchField(_fieldLabels.GetValueOrDefault(field.Name, field.Name), field.Name == "SpeechDate" ? ChineseDate(value) : value));
                if (field.Name == "DocumentNumber")
                {
                    numbers.Add(value);
                }
            }
        }

        var attachments = d.GetProperty("attachments").EnumerateArray().Select(a => (Name: a.GetProperty("fileName").GetString() ?? "", Text: a.GetProperty("text").GetString() ?? "")).ToList();
        var type = S("type");
        var section = S("section");
        var document = new SearchDocument("content", S("id"), type, "/content/" + S("id"), S("title"))
        {
            Summary = S("summary"),
            Body = S("body"),
            Fields = fields,
            DocumentNumbers = numbers,
            Attachments = [.. attachments.Select(a => new SearchAttachment(a.Name, "application/octet-stream", _ => Task.FromResult<Stream>(new MemoryStream())))],
            Facets =
            [
                new SearchFacet("type", type, _typeLabels.GetValueOrDefault(type, type)),
                new SearchFacet("section", section, SectionLabel(section)),
                new SearchFacet("unit", S("issuingUnit"), S("issuingUnitName")),
            ],
            PublishedUtc = d.GetProperty("publishedUtc").GetDateTime().ToUniversalTime(),
            Access = d.GetProperty("restricted").GetBoolean()
                ? new SearchAccess([restrictedReaders], [SearchPrincipal.Permission("Contents.ManageAll")])
                : SearchAccess.Everyone,
        };
        var text = string.Join('\n', attachments.Select(a => a.Text).Where(t => t.Length > 0));
        return (document, text.Length > 0 ? text : null);
    }

    private static string SectionLabel(string code) => _sectionLabels.TryGetValue(code, out var label) ? label
        : code.StartsWith("dept-", StringComparison.Ordinal) ? "部门信息" : "县区信息";

    private static string ChineseDate(string isoDate)
    {
        var date = DateOnly.ParseExact(isoDate, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        return string.Create(CultureInfo.InvariantCulture, $"{date.Year}年{date.Month}月{date.Day}日");
    }
}
