using System.Security.Claims;
using Anshun.Core.Portal;
using Anshun.PortalTheme.Services;

namespace Anshun.Themes.Tests.Services;

public sealed class HomeWidgetCollectorTests
{
    private sealed class FixedProvider(params HomeWidget[] widgets) : IHomeWidgetProvider
    {
        public Task<IReadOnlyList<HomeWidget>> GetWidgetsAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<HomeWidget>>(widgets);
    }

    [Fact]
    public async Task WidgetsOfAllModulesAreOrderedAndCountedOnce()
    {
        var collector = new HomeWidgetCollector(
        [
            new FixedProvider(new HomeWidget("Portal.MyInfo", "我的信息", "MyInfoWidget") { Order = 900 }),
            new FixedProvider(
                new HomeWidget("Contents.Notices", "电子公告", "NoticesWidget") { Order = 10 },
                new HomeWidget("Tasks.Todo", "待办事宜", "TodoWidget") { Order = 20 }),
            new FixedProvider(new HomeWidget("Contents.Notices", "电子公告（重复）", "Other") { Order = 1 }),
        ]);

        var widgets = await collector.CollectAsync(new ClaimsPrincipal());

        Assert.Equal(["Contents.Notices", "Tasks.Todo", "Portal.MyInfo"], widgets.Select(w => w.Id));
        Assert.Equal("电子公告", widgets[0].Title);
    }
}
