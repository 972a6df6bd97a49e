using Anshun.Core.Search;
using Anshun.Core.Security;
using Anshun.Search.Engine;

namespace Anshun.Search.Tests.Engine;

public sealed class PermissionTrimmingTests : IDisposable
{
    private readonly SearchIndex _index;

    public PermissionTrimmingTests()
    {
        var restricted = EngineTestData.Notice("secret", "关于管理体制改革的内部讲话", "研究管理体制改革方案，黄果树景区纳入试点。") with
        {
            Access = new SearchAccess([[SearchPrincipal.Role("Leader"), SearchPrincipal.Unit("SZFB")]], [SearchPrincipal.Permission("Contents.ManageAll")]),
            Facets =
            [
                new SearchFacet("type", "Speech", "领导讲话"),
                new SearchFacet("section", "speeches-internal", "内部讲话"),
                new SearchFacet("unit", "SZF", "安顺市人民政府"),
            ],
        };
        var open = EngineTestData.Notice("open", "黄果树景区冬季旅游推介", "黄果树景区推出冬季旅游线路。");
        var classified = EngineTestData.Notice("classified", "关于秘密事项管理体制的通知", "涉及秘密事项的管理体制调整。") with
        {
            SecretLevel = SecretLevel.Secret,
        };
        _index = EngineTestData.IndexOf(restricted, open, classified);
    }

    [Fact]
    public void ReaderWithoutTheRoleGetsNoHitCountFacetOrSnippet()
    {
        var results = _index.Find("管理体制改革", EngineTestData.Staff);

        Assert.Equal(0, results.Total);
        Assert.Empty(results.Hits);
        Assert.All(results.Facets.Values, counts => Assert.Empty(counts));
        Assert.Empty(results.Suggestions);
    }

    [Fact]
    public void RestrictedDocumentDoesNotLeakIntoBroadQueries()
    {
        var results = _index.Find("黄果树", EngineTestData.Staff);

        Assert.Equal(["open"], results.Keys());
        Assert.Equal(1, results.Total);
        Assert.DoesNotContain(results.Facets["section"], f => f.Value == "speeches-internal");
        Assert.DoesNotContain(results.Hits, h => h.SnippetHtml.Contains("管理体制", StringComparison.Ordinal));
    }

    [Fact]
    public void SuggestionsAreTrimmedToo()
    {
        var results = _index.Find("管理体制改革 龙宫", EngineTestData.Staff);

        Assert.Equal(0, results.Total);
        Assert.DoesNotContain(results.Suggestions, s => s.Dropped == "龙宫");
    }

    [Fact]
    public void ReaderWithTheRoleFindsIt()
    {
        var results = _index.Find("管理体制改革", EngineTestData.Leader);

        Assert.Equal(["secret"], results.Keys());
        Assert.Equal(1, Assert.Single(results.Facets["section"]).Count);
        Assert.Contains("<mark>管理体制改革</mark>", results.Hits[0].SnippetHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void ReaderInTheGateUnitFindsIt()
    {
        var reader = SearchReader.Of(new AccessSubject("clerk", EngineTestData.Set("Staff"), EngineTestData.Set("SZFB", "SZF"), EngineTestData.Set(), SecretLevel.Public));

        Assert.Equal(["secret"], _index.Find("管理体制改革", reader).Keys());
    }

    [Fact]
    public void BypassPrincipalOpensEveryGate()
    {
        var manager = SearchReader.Of(new AccessSubject(
            "editor", EngineTestData.Set("Editor"), EngineTestData.Set("JYJ"), EngineTestData.Set("Contents.ManageAll"), SecretLevel.Public));

        Assert.Equal(["secret"], _index.Find("管理体制改革", manager).Keys());
    }

    [Fact]
    public void SecretLevelFiltersAboveTheReadersClearance()
    {
        var cleared = SearchReader.Of(new AccessSubject("c", EngineTestData.Set("Staff"), EngineTestData.Set("JYJ"), EngineTestData.Set(), SecretLevel.Secret));

        Assert.Empty(_index.Find("秘密事项", EngineTestData.Staff).Hits);
        Assert.Equal(["classified"], _index.Find("秘密事项", cleared).Keys());
    }

    [Fact]
    public void EveryGateMustOpen()
    {
        using var index = EngineTestData.IndexOf(EngineTestData.Notice("two", "两道门槛的文件", "门槛测试。") with
        {
            Access = new SearchAccess([[SearchPrincipal.Role("Leader")], [SearchPrincipal.Unit("SZFB")]], []),
        });
        var leaderElsewhere = SearchReader.Of(new AccessSubject("l", EngineTestData.Set("Leader"), EngineTestData.Set("JYJ"), EngineTestData.Set(), SecretLevel.Public));
        var leaderInside = SearchReader.Of(new AccessSubject("m", EngineTestData.Set("Leader"), EngineTestData.Set("SZFB"), EngineTestData.Set(), SecretLevel.Public));

        Assert.Empty(index.Find("门槛", leaderElsewhere).Hits);
        Assert.Single(index.Find("门槛", leaderInside).Hits);
    }

    [Fact]
    public void MoreThanFourGatesFailsClosedExceptForBypass()
    {
        IReadOnlyList<SearchPrincipal> staffGate = [SearchPrincipal.Role("Staff")];
        using var index = EngineTestData.IndexOf(EngineTestData.Notice("five", "五道门槛的文件", "门槛测试。") with
        {
            Access = new SearchAccess([staffGate, staffGate, staffGate, staffGate, staffGate], [SearchPrincipal.Permission("Contents.ManageAll")]),
        });
        var manager = SearchReader.Of(new AccessSubject("e", EngineTestData.Set("Staff"), EngineTestData.Set(), EngineTestData.Set("Contents.ManageAll"), SecretLevel.Public));

        Assert.Empty(index.Find("门槛", EngineTestData.Staff).Hits);
        Assert.Single(index.Find("门槛", manager).Hits);
    }

    [Fact]
    public void ReaderWithoutAnyTermStillSeesOpenDocuments()
    {
        var nobody = new SearchReader(new HashSet<string>(), SecretLevel.Public);

        Assert.Equal(["open"], _index.Find("黄果树", nobody).Keys());
    }

    public void Dispose() => _index.Dispose();
}
