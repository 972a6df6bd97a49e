using System.Net;
using Anshun.Core.Settings;
using Anshun.Testing;
using Anshun.Themes.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Anshun.Themes.Tests.Controllers;

/// <summary>The layouts show the site information (站点信息) as it is stored now, not as it was at start-up.</summary>
public sealed class SiteInfoLayoutTests : IAsyncLifetime
{
    private readonly ThemesSiteFactory _factory = new();

    public async Task InitializeAsync()
    {
        _ = _factory.Server;
        await using var scope = _factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ISiteSettings>().SetAsync(SiteInfo.Key, new SiteInfo
        {
            SiteName = "安顺市政务内网（测试）",
            ShortName = "测试门户",
            Copyright = "测试主办单位　测试技术支持",
        });
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task LoginPageShowsStoredSiteNameAndCopyright()
    {
        var body = WebUtility.HtmlDecode(await _factory.CreateAnonymousClient().GetStringAsync("/login"));

        Assert.Contains("安顺市政务内网（测试）", body);
        Assert.Contains("测试主办单位　测试技术支持", body);
    }

    [Fact]
    public async Task PortalAndAdminShowStoredSiteName()
    {
        var editor = await _factory.LoginAsync("editor");

        var portal = WebUtility.HtmlDecode(await editor.GetStringAsync("/"));
        var admin = WebUtility.HtmlDecode(await editor.GetStringAsync("/admin"));

        Assert.Contains("<title>安顺市政务内网（测试）</title>", portal);
        Assert.Contains("测试主办单位　测试技术支持", portal);
        Assert.Contains("<title>管理首页 - 安顺市政务内网（测试）</title>", admin);
        Assert.Contains("测试门户", admin);
    }

    [Fact]
    public async Task BlankSiteNameFallsBackToTheDefault()
    {
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ISiteSettings>().SetAsync(SiteInfo.Key, new SiteInfo { SiteName = " " });
        }

        var response = await _factory.CreateAnonymousClient().GetAsync("/no-such-page-here");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains(SiteInfo.DefaultSiteName, body);
    }
}
