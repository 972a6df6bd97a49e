using System.Net;
using Anshun.AdminTheme.Services;
using Anshun.Core.Time;
using Anshun.Testing;
using Anshun.Themes.Tests.Support;

namespace Anshun.Themes.Tests.Controllers;

public sealed class PortalHomeControllerTests(ThemesSiteFactory factory) : IClassFixture<ThemesSiteFactory>
{
    [Fact]
    public async Task AnonymousVisitorIsSentToLogin()
    {
        var response = await factory.CreateAnonymousClient().GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/login", response.Headers.Location?.IsAbsoluteUri == true
            ? response.Headers.Location.PathAndQuery
            : response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task StaffSeesGreetingWithNameUnitPositionAndToday()
    {
        var client = await factory.LoginAsync("staff");

        var response = await client.GetAsync("/");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<html lang=\"zh-CN\">", body);
        Assert.Contains("杨帆", body);
        Assert.Contains("安顺市教育局", body);
        Assert.Contains("基础教育科科员", body);
        var today = ChinaTime.FromUtc(factory.Time.GetUtcNow().UtcDateTime);
        Assert.Contains($"今天是 {ChineseDateText.LongDate(today)}", body);
        Assert.Contains($"{ChineseDateText.Greeting(today)}，杨帆", body);
    }

    [Fact]
    public async Task StaffHomeShowsMyInfoWidgetWithAccountFacts()
    {
        var client = await factory.LoginAsync("staff");

        var body = await client.GetStringAsync("/");

        Assert.Contains("data-widget=\"Portal.MyInfo\"", body);
        Assert.Contains("我的信息", body);
        Assert.Contains("<dd>staff</dd>", body);
        Assert.Contains("0851-33226135", body);
    }

    [Fact]
    public async Task PortalNavigationStartsWithActiveHome()
    {
        var client = await factory.LoginAsync("staff");

        var body = await client.GetStringAsync("/");

        Assert.Contains("<a class=\"nav-link active\" href=\"/\" aria-current=\"page\">首页</a>", body);
    }

    [Fact]
    public async Task AdminLinkOnlyForThoseWhoMayEnterTheAdmin()
    {
        var staff = await (await factory.LoginAsync("staff")).GetStringAsync("/");
        var editor = await (await factory.LoginAsync("editor")).GetStringAsync("/");

        Assert.DoesNotContain("href=\"/admin\"", staff);
        Assert.Contains("href=\"/admin\"", editor);
    }

    [Fact]
    public async Task HeaderOffersPasswordChangeAndALogoutFormThatNeedsNoToken()
    {
        var client = await factory.LoginAsync("staff");
        client.DefaultRequestHeaders.Remove(SiteClientExtensions.CsrfHeader);

        var body = await client.GetStringAsync("/");
        var logout = await client.PostAsync("/logout", new FormUrlEncodedContent([]));
        var after = await client.GetAsync("/");

        Assert.Contains("href=\"/account/password\"", body);
        Assert.Contains("action=\"/logout\"", body);
        Assert.DoesNotContain("__RequestVerificationToken", body);
        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
    }

    [Fact]
    public async Task HomePageIsNeverStoredByTheBrowserAndRefusesFraming()
    {
        var client = await factory.LoginAsync("staff");

        await client.GetStringAsync("/");
        var response = await client.GetAsync("/");

        Assert.Contains("no-store", response.Headers.CacheControl?.ToString());
        Assert.Equal("SAMEORIGIN", string.Join(",", response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("nosniff", string.Join(",", response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType?.ToString());
    }
}
