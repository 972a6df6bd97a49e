using Anshun.Core.Search;
using Anshun.Core.Security;
using Anshun.Search.Engine;

namespace Anshun.Search.Tests.Engine;

/// <summary>Small documents and readers for the engine tests.</summary>
internal static class EngineTestData
{
    public static readonly DateTime Published = new(2026, 11, 20, 2, 0, 0, DateTimeKind.Utc);

    /// <summary>A signed-in staff member of 教育局 with no special rights.</summary>
    public static SearchReader Staff { get; } = Reader(new AccessSubject(
        "staff-1", Set("Staff"), Set("JYJ"), Set(), SecretLevel.Public));

    /// <summary>A leader: the role opens 内部讲话.</summary>
    public static SearchReader Leader { get; } = Reader(new AccessSubject(
        "leader-1", Set("Staff", "Leader"), Set("SZF"), Set(), SecretLevel.Internal));

    public static SearchReader Reader(AccessSubject subject) => SearchReader.Of(subject);

    public static HashSet<string> Set(params string[] values) => new(values, StringComparer.Ordinal);

    public static SearchDocument Notice(string key, string title, string body, string? summary = null) =>
        new("content", key, "Notice", "/items/" + key, title)
        {
            Summary = summary,
            Body = body,
            PublishedUtc = Published,
            Facets =
            [
                new SearchFacet("type", "Notice", "电子公告"),
                new SearchFacet("section", "notices", "电子公告"),
                new SearchFacet("unit", "SZFB", "安顺市人民政府办公室"),
            ],
        };

    public static SearchDocument Article(string key, string title, string body, string section = "city-news", string unit = "WGLJ") =>
        new("content", key, "Article", "/items/" + key, title)
        {
            Body = body,
            PublishedUtc = Published,
            Facets =
            [
                new SearchFacet("type", "Article", "信息"),
                new SearchFacet("section", section, section == "city-news" ? "本市信息" : "部门信息"),
                new SearchFacet("unit", unit, unit == "WGLJ" ? "安顺市文化广电旅游局" : unit),
            ],
        };

    /// <summary>An index holding <paramref name="documents"/>, committed and searchable.</summary>
    public static SearchIndex IndexOf(params SearchDocument[] documents)
    {
        var index = SearchIndex.OpenInMemory();
        foreach (var document in documents)
        {
            index.Upsert(document, null);
        }

        index.Commit(new Dictionary<string, string>());
        return index;
    }

    public static SearchResults Find(this SearchIndex index, string query, SearchReader? reader = null) =>
        index.Search(new SearchRequest(query), reader ?? Staff);

    public static IReadOnlyList<string> Keys(this SearchResults results) => [.. results.Hits.Select(h => h.Key)];

    /// <summary>The parts of a query text as the engine builds them (folded layout); parts with nothing searchable are left out.</summary>
    public static List<AnalysedPart> Parts(string text) =>
        [.. QueryTextParser.Parse(text).Parts.Select(part => PartQueryBuilder.Build(part)).OfType<AnalysedPart>()];
}
