using Anshun.Core.Organization;
using Anshun.StaffDirectory.Models;
using Anshun.StaffDirectory.Pinyin;
using Anshun.StaffDirectory.Services;

namespace Anshun.StaffDirectory.Tests.Services;

public sealed class DirectorySearchTests
{
    private static readonly OrgUnitInfo _office = new("b", null, "SZFB", "市政府办公室", OrgUnitKind.Office, 1, "b", true);
    private static readonly OrgUnitInfo _division = new("m", "b", "SZFB-MSK", "秘书科", OrgUnitKind.Division, 1, "b/m", true);
    private static readonly OrgUnitInfo _bureau = new("j", null, "JYJ", "教育局", OrgUnitKind.Department, 2, "j", true);

    private static DirectoryEntry Entry(string userId, string name, OrgUnitInfo unit, string home, string? mobile) => new(
        userId, name, unit.Id, unit.Name, unit.Path, null, "0851-1", mobile, null, new HashSet<string> { home },
        PinyinConverter.Shared.ConvertPersonName(name));

    private static DirectorySnapshot Snapshot(params (string UserId, MobileVisibility Visibility)[] choices) => new(
        [_office, _division, _bureau],
        [
            Entry("u1", "张三", _division, "b", "13800000001"),
            Entry("u2", "李四", _office, "b", null),
            Entry("u3", "王五", _bureau, "j", "13800000003"),
        ],
        choices.ToDictionary(c => c.UserId, c => c.Visibility));

    [Fact]
    public void ADivisionBelongsToTheUnitAboveItForSameUnitVisibility()
    {
        var page = DirectorySearch.Search(Snapshot(), "u2", new DirectoryQuery(null, null, true, 1, 20));

        Assert.Equal("13800000001", page.Items.Single(i => i.UserId == "u1").Mobile);
        Assert.Null(page.Items.Single(i => i.UserId == "u3").Mobile);
        Assert.True(page.Items.Single(i => i.UserId == "u3").MobileHidden);
        Assert.False(page.Items.Single(i => i.UserId == "u2").MobileHidden);
    }

    [Fact]
    public void AHiddenMobileIsNotSearchable()
    {
        var hidden = DirectorySearch.Search(Snapshot(("u3", MobileVisibility.Nobody)), "u2", new DirectoryQuery("13800000003", null, true, 1, 20));
        var shown = DirectorySearch.Search(Snapshot(("u3", MobileVisibility.Everyone)), "u2", new DirectoryQuery("13800000003", null, true, 1, 20));
        var own = DirectorySearch.Search(Snapshot(("u3", MobileVisibility.Nobody)), "u3", new DirectoryQuery("13800000003", null, true, 1, 20));

        Assert.Empty(hidden.Items);
        Assert.Equal("王五", Assert.Single(shown.Items).Name);
        Assert.Equal("13800000003", Assert.Single(own.Items).Mobile);
    }

    [Fact]
    public void FiltersByUnitAndSubUnits()
    {
        var withSub = DirectorySearch.Search(Snapshot(), "u2", new DirectoryQuery(null, "b", true, 1, 20));
        var withoutSub = DirectorySearch.Search(Snapshot(), "u2", new DirectoryQuery(null, "b", false, 1, 20));

        Assert.Equal(["张三", "李四"], withSub.Items.Select(i => i.Name));
        Assert.Equal(["李四"], withoutSub.Items.Select(i => i.Name));
    }

    [Fact]
    public void PagesAndCountsPages()
    {
        var page = DirectorySearch.Search(Snapshot(), "u2", new DirectoryQuery(null, null, true, 2, 2));

        Assert.Equal(3, page.Total);
        Assert.Equal(2, page.PageCount);
        Assert.Equal(["王五"], page.Items.Select(i => i.Name));
    }
}
