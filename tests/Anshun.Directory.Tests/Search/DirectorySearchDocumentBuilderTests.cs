using Anshun.Core.Organization;
using Anshun.Core.Search;
using Anshun.StaffDirectory.Models;
using Anshun.StaffDirectory.Search;
using Anshun.StaffDirectory.Services;

namespace Anshun.StaffDirectory.Tests.Search;

public sealed class DirectorySearchDocumentBuilderTests
{
    private static readonly OrgUnitInfo[] _units =
    [
        new("szf", null, "SZF", "安顺市人民政府", OrgUnitKind.Office, 1, "szf", true),
        new("szfb", "szf", "SZFB", "安顺市人民政府办公室", OrgUnitKind.Office, 1, "szf/szfb", true),
        new("msk", "szfb", "SZFB-MSK", "安顺市人民政府办公室秘书科", OrgUnitKind.Division, 1, "szf/szfb/msk", true),
    ];

    private static readonly Dictionary<string, OrgUnitInfo> _unitsById = _units.ToDictionary(u => u.Id);

    [Theory]
    [InlineData(MobileVisibility.SameUnit)]
    [InlineData(MobileVisibility.Nobody)]
    public void AMobileNotShownToEveryoneIsNowhereInTheDocument(MobileVisibility visibility)
    {
        var document = DirectorySearchDocumentBuilder.Build(Entry("单雄信", "13800000003"), visibility, _unitsById);

        Assert.DoesNotContain("13800000003", AllText(document), StringComparison.Ordinal);
        Assert.DoesNotContain("手机", document.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void AMobileShownToEveryoneIsInTheSummary()
    {
        var document = DirectorySearchDocumentBuilder.Build(Entry("单雄信", "13800000003"), MobileVisibility.Everyone, _unitsById);

        Assert.Equal("安顺市人民政府办公室秘书科 秘书科科长；办公电话：0851-33222099；手机：13800000003；电子邮箱：shanxx@anshun.gov.cn", document.Summary);
    }

    [Fact]
    public void ThePinyinFieldHoldsTheFullSpellingTheInitialsAndEachSyllableWithTheSurnameReading()
    {
        var document = DirectorySearchDocumentBuilder.Build(Entry("单雄信", null), MobileVisibility.SameUnit, _unitsById);

        Assert.Equal(
            [new SearchField("单位", "安顺市人民政府 / 安顺市人民政府办公室 / 安顺市人民政府办公室秘书科"), new SearchField("拼音", "shanxiongxin sxx shan xiong xin")],
            document.Fields);
    }

    [Fact]
    public void ALatinNameHasNoRepeatedPinyinWords()
    {
        var document = DirectorySearchDocumentBuilder.Build(Entry("Anna", null), MobileVisibility.SameUnit, _unitsById);

        Assert.Equal(new SearchField("拼音", "anna a"), document.Fields[1]);
    }

    [Fact]
    public void AUnitPathSkipsAncestorsThatNoLongerExist()
    {
        var units = _unitsById.Where(u => u.Key != "szfb").ToDictionary();

        Assert.Equal("安顺市人民政府 / 安顺市人民政府办公室秘书科", DirectorySearchDocumentBuilder.UnitPath(_unitsById["msk"], units));
    }

    [Theory]
    [InlineData("u-1", "msk")]
    [InlineData("a/b", "msk")]
    public void AKeyNamesTheUserAndTheUnit(string userId, string unitId)
    {
        var key = DirectoryEntryKey.Format(userId, unitId);

        Assert.True(DirectoryEntryKey.TryParse(key, out var parsedUser, out var parsedUnit));
        Assert.Equal((userId, unitId), (parsedUser, parsedUnit));
    }

    private static DirectoryEntry Entry(string name, string? mobile) => new(
        "u-1",
        name,
        "msk",
        "安顺市人民政府办公室秘书科",
        "szf/szfb/msk",
        "秘书科科长",
        "0851-33222099",
        mobile,
        "shanxx@anshun.gov.cn",
        new HashSet<string> { "szfb" },
        new PinyinKeyCache().ForPerson(name));

    private static string AllText(SearchDocument document) => string.Join('\n',
        new[] { document.Title, document.Url, document.Summary ?? "", document.Body ?? "" }
            .Concat(document.Fields.Select(f => f.Label + f.Text))
            .Concat(document.Facets.Select(f => f.Value + f.Label)));
}
