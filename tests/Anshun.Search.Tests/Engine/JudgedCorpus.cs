using System.Globalization;
using System.Text.Json;
using Anshun.Core.Search;
using Anshun.Core.Security;
using Anshun.Search.Engine;

namespace Anshun.Search.Tests.Engine;

/// <summary>
/// The judged corpus of tests/Anshun.Search.Tests/Corpus (see its README), fed into an index the way the content
/// source would: 文号 as a field and a document number, dates as 2026年11月20日, issuing unit and section names as
/// facet labels, attachment text as given, 内部讲话 behind a gate with the section's readers.
/// </summary>
internal sealed class JudgedCorpus
{
    private static readonly JsonSerializerOptions _json = new() { PropertyNameCaseInsensitive = true };

    private static readonly Dictionary<string, string> _typeLabels = new()
    {
        ["Notice"] = "电子公告",
        ["Article"] = "信息",
        ["Speech"] = "领导讲话",
        ["Document"] = "文件资料",
    };

    private static readonly Dictionary<string, string> _sectionLabels = new()
    {
        ["notices"] = "电子公告",
        ["city-news"] = "本市信息",
        ["speeches"] = "领导讲话",
        ["speeches-internal"] = "内部讲话",
        ["shared-files"] = "文件资料共享",
    };

    private JudgedCorpus(IReadOnlyList<CorpusDocument> documents, IReadOnlyList<CorpusQuery> queries, IReadOnlyList<CorpusRule> restrictedReaders)
    {
        Documents = documents;
        Queries = queries;
        RestrictedReaders = restrictedReaders;
    }

    public IReadOnlyList<CorpusDocument> Documents { get; }

    public IReadOnlyList<CorpusQuery> Queries { get; }

    public IReadOnlyList<CorpusRule> RestrictedReaders { get; }

    public static JudgedCorpus Load()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Corpus");
        var documents = JsonSerializer.Deserialize<DocumentsFile>(File.ReadAllText(Path.Combine(folder, "documents.json")), _json)
            ?? throw new InvalidOperationException("documents.json is empty.");
        var queries = JsonSerializer.Deserialize<QueriesFile>(File.ReadAllText(Path.Combine(folder, "queries.json")), _json)
            ?? throw new InvalidOperationException("queries.json is empty.");
        return new JudgedCorpus(documents.Documents, queries.Queries, documents.RestrictedSections["speeches-internal"].Readers);
    }

    public SearchIndex BuildIndex()
    {
        var index = SearchIndex.OpenInMemory();
        foreach (var document in Documents)
        {
            var attachmentText = string.Join('\n', document.Attachments.Select(a => a.Text).Where(t => t.Length > 0));
            index.Upsert(ToSearchDocument(document), attachmentText.Length > 0 ? attachmentText : null);
        }

        index.Commit(new Dictionary<string, string>());
        return index;
    }

    private SearchDocument ToSearchDocument(CorpusDocument document)
    {
        var fields = new List<SearchField> { new("来源", document.Source) };
        var numbers = new List<string>();
        foreach (var (name, value) in document.Fields)
        {
            var values = value.ValueKind == JsonValueKind.Array
                ? value.EnumerateArray().Select(v => v.GetString() ?? "").ToList()
                : [value.GetString() ?? ""];
            foreach (var text in values.Where(v => v.Length > 0))
            {
                fields.Add(new SearchField(name, name == "SpeechDate" ? ChineseDate(text) : text));
                if (name == "DocumentNumber")
                {
                    numbers.Add(text);
                }
            }
        }

        var restricted = document.Restricted
            ? new SearchAccess([[.. RestrictedReaders.Select(r => r.ToPrincipal())]], [SearchPrincipal.Permission("Contents.ManageAll")])
            : SearchAccess.Everyone;

        return new SearchDocument("content", document.Id, document.Type, "/items/" + document.Id, document.Title)
        {
            Summary = document.Summary,
            Body = document.Body,
            Fields = fields,
            DocumentNumbers = numbers,
            Attachments = [.. document.Attachments.Select(a => new SearchAttachment(a.FileName, "application/octet-stream", _ => Task.FromResult<Stream>(new MemoryStream())))],
            Facets =
            [
                new SearchFacet("type", document.Type, _typeLabels[document.Type]),
                new SearchFacet("section", document.Section, SectionLabel(document.Section)),
                new SearchFacet("unit", document.IssuingUnit, document.IssuingUnitName),
            ],
            PublishedUtc = document.PublishedUtc,
            Access = restricted,
        };
    }

    private static string SectionLabel(string code) => _sectionLabels.TryGetValue(code, out var label) ? label
        : code.StartsWith("dept-", StringComparison.Ordinal) ? "部门信息" : "县区信息";

    private static string ChineseDate(string isoDate)
    {
        var date = DateOnly.ParseExact(isoDate, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        return string.Create(CultureInfo.InvariantCulture, $"{date.Year}年{date.Month}月{date.Day}日");
    }

    internal sealed record DocumentsFile(Dictionary<string, RestrictedSection> RestrictedSections, List<CorpusDocument> Documents);

    internal sealed record RestrictedSection(string Name, List<CorpusRule> Readers);

    internal sealed record CorpusRule(string Kind, string Value)
    {
        public SearchPrincipal ToPrincipal() => Kind switch
        {
            "Role" => SearchPrincipal.Role(Value),
            "Unit" => SearchPrincipal.Unit(Value),
            "User" => SearchPrincipal.User(Value),
            _ => throw new InvalidOperationException("Unknown rule kind " + Kind),
        };
    }

    internal sealed record CorpusAttachment(string FileName, string Text);

    internal sealed record CorpusDocument(
        string Id,
        string Type,
        string Section,
        bool Restricted,
        string IssuingUnit,
        string IssuingUnitName,
        string Source,
        string Title,
        string Summary,
        string Body,
        Dictionary<string, JsonElement> Fields,
        List<CorpusAttachment> Attachments,
        DateTime PublishedUtc);

    internal sealed record Judgement(string Id, int Grade);

    internal sealed record CorpusQuery(string Id, string Query, string Kind, List<Judgement> Relevant, string? Note);

    internal sealed record QueriesFile(List<CorpusQuery> Queries);

    /// <summary>Who may read everything: a leader (opens 内部讲话).</summary>
    public static SearchReader Everything { get; } = SearchReader.Of(new AccessSubject(
        "leader", new HashSet<string> { "Staff", "Leader" }, new HashSet<string> { "SZF" }, new HashSet<string>(), SecretLevel.Confidential));

    /// <summary>A staff member of 教育局: no way into 内部讲话.</summary>
    public static SearchReader EducationStaff { get; } = SearchReader.Of(new AccessSubject(
        "staff", new HashSet<string> { "Staff" }, new HashSet<string> { "JYJ" }, new HashSet<string>(), SecretLevel.Internal));
}
