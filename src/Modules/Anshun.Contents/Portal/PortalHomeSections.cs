using Anshun.Core.Portal;

namespace Anshun.Contents.Portal;

/// <summary>The sections the home page offers as widgets, in their default order.</summary>
public static class PortalHomeSections
{
    public const string WidgetComponent = "ContentSectionWidget";

    public static IReadOnlyList<PortalHomeSection> All { get; } =
    [
        new("Contents.Notices", "notices", "megaphone", 10, HomeWidgetWidth.Half) { PinnedFirst = true, ShowUnit = true, UnreadType = "Notice" },
        new("Contents.CityNews", "city-news", "newspaper", 20, HomeWidgetWidth.Half),
        new("Contents.DeptNews", "dept-news", "building", 30, HomeWidgetWidth.Half) { ShowUnit = true },
        new("Contents.CountyNews", "county-news", "geo-alt", 40, HomeWidgetWidth.Half) { ShowUnit = true },
        new("Contents.Speeches", "speeches", "mic", 50, HomeWidgetWidth.Half),
        new("Contents.Downloads", "downloads", "download", 60, HomeWidgetWidth.Half) { ShowVersion = true },
    ];

    public static PortalHomeSection? Find(string code) => All.FirstOrDefault(s => s.Code == code);
}
