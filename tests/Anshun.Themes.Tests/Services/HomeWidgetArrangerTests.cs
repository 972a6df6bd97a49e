using Anshun.Core.Portal;
using Anshun.PortalTheme.Models;
using Anshun.PortalTheme.Services;

namespace Anshun.Themes.Tests.Services;

public sealed class HomeWidgetArrangerTests
{
    private static readonly HomeWidget Notices = new("Contents.Notices", "电子公告", "X") { Order = 10 };
    private static readonly HomeWidget CityNews = new("Contents.CityNews", "本市信息", "X") { Order = 20 };
    private static readonly HomeWidget Meetings = new("Meetings.Upcoming", "会议动态", "X") { Order = 25 };
    private static readonly HomeWidget MyInfo = new("Portal.MyInfo", "我的信息", "X") { Order = 900 };

    [Fact]
    public void WithoutChoicesEveryWidgetShowsInDefaultOrder()
    {
        var arranged = HomeWidgetArranger.Arrange([Notices, CityNews, MyInfo], []);

        Assert.Equal(["Contents.Notices", "Contents.CityNews", "Portal.MyInfo"], arranged.Select(a => a.Widget.Id));
        Assert.All(arranged, a => Assert.True(a.Visible));
    }

    [Fact]
    public void StoredOrderAndVisibilityWin()
    {
        var arranged = HomeWidgetArranger.Arrange([Notices, CityNews, MyInfo], [Choice("Portal.MyInfo", 0, true), Choice("Contents.Notices", 1, false), Choice("Contents.CityNews", 2, true)]);

        Assert.Equal(["Portal.MyInfo", "Contents.Notices", "Contents.CityNews"], arranged.Select(a => a.Widget.Id));
        Assert.False(arranged[1].Visible);
    }

    [Fact]
    public void WidgetOfALaterModuleAppearsAfterItsDefaultPredecessor()
    {
        var arranged = HomeWidgetArranger.Arrange(
            [Notices, CityNews, Meetings, MyInfo],
            [Choice("Contents.CityNews", 0, true), Choice("Portal.MyInfo", 1, true), Choice("Contents.Notices", 2, true)]);

        Assert.Equal(["Contents.CityNews", "Meetings.Upcoming", "Portal.MyInfo", "Contents.Notices"], arranged.Select(a => a.Widget.Id));
        Assert.True(arranged[1].Visible);
    }

    [Fact]
    public void SavingKeepsChoicesForWidgetsNotOfferedNowInTheirPlace()
    {
        var stored = new[] { Choice("Contents.Notices", 0, true), Choice("Tasks.Todo", 1, false), Choice("Contents.CityNews", 2, true) };

        var merged = HomeWidgetArranger.Merge(stored, [new WidgetChoice("Contents.CityNews", true), new WidgetChoice("Contents.Notices", false)]);

        Assert.Equal(["Contents.CityNews", "Tasks.Todo", "Contents.Notices"], merged.Select(m => m.WidgetId));
        Assert.False(merged[1].Visible);
    }

    private static WidgetPreference Choice(string id, int position, bool visible) =>
        new() { UserId = "u", WidgetId = id, Position = position, Visible = visible };
}
