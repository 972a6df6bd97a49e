using System.Net;
using Anshun.Core.Settings;
using Anshun.PortalTheme.Services;
using Anshun.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Anshun.Themes.Tests.Controllers;

/// <summary>
/// The rendered home page is reused only while everything it shows is unchanged: a repeat visit gets the
/// same bytes, and any change — settings, the person's arrangement, another person — shows on the next visit.
/// </summary>
public sealed class HomePageCacheTests : IAsyncLifetime
{
    private readonly AnshunSiteFactory _site = new();

    private HomePageCache Pages => _site.Services.GetRequiredService<HomePageCache>();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task RepeatVisitsGetTheSamePageFromOneEntry()
    {
        var staff = await _site.LoginAsync("staff");

        var first = await staff.GetStringAsync("/");
        var second = await staff.GetStringAsync("/");
        var otherBrowser = await (await _site.LoginAsync("staff")).GetStringAsync("/");

        Assert.Contains("杨帆", first);
        Assert.Equal(first, second);
        Assert.Equal(first, otherBrowser);
        Assert.Equal(1, Pages.Count);
    }

    [Fact]
    public async Task PeopleNeverShareAPage()
    {
        var staff = await _site.LoginAsync("staff");
        var leader = await _site.LoginAsync("leader");

        await staff.GetStringAsync("/");
        var leaderPage = await leader.GetStringAsync("/");
        var staffPage = await staff.GetStringAsync("/");

        Assert.Contains("陈志远", leaderPage);
        Assert.DoesNotContain("杨帆", leaderPage);
        Assert.Contains("杨帆", staffPage);
        Assert.DoesNotContain("陈志远", staffPage);
        Assert.Equal(2, Pages.Count);
    }

    [Fact]
    public async Task ChangedSiteNameShowsOnTheNextVisit()
    {
        var staff = await _site.LoginAsync("staff");
        await staff.GetStringAsync("/");

        await using (var scope = _site.Services.CreateAsyncScope())
        {
            var settings = scope.ServiceProvider.GetRequiredService<ISiteSettings>();
            var site = await settings.GetAsync<SiteInfo>(SiteInfo.Key);
            site.SiteName = "安顺市政务内网（测试）";
            await settings.SetAsync(SiteInfo.Key, site);
        }

        var page = await staff.GetStringAsync("/");

        Assert.Contains("安顺市政务内网（测试）", page);
    }

    [Fact]
    public async Task HiddenWidgetAndTheSavedNoticeShowAtOnce()
    {
        var staff = await _site.LoginAsync("staff");
        var before = await staff.GetStringAsync("/");
        Assert.Contains("data-widget=\"Portal.MyInfo\"", before);

        var save = await staff.PostAsync("/portal/widgets", new FormUrlEncodedContent(
        [
            new("order", "Portal.MyInfo"),
            new("command", "save"),
        ]));
        var withNotice = await staff.GetStringAsync("/");
        var afterwards = await staff.GetStringAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, save.StatusCode);
        Assert.Contains("首页设置已保存。", withNotice);
        Assert.DoesNotContain("data-widget=\"Portal.MyInfo\"", withNotice);
        Assert.DoesNotContain("首页设置已保存。", afterwards);
        Assert.DoesNotContain("data-widget=\"Portal.MyInfo\"", afterwards);
    }
}
