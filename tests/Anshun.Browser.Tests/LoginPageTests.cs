using Anshun.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Anshun.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class LoginPageTests(BrowserSiteFixture fixture)
{
    [BrowserFact]
    public async Task LoginPageRendersInChineseWithItsStyles()
    {
        await using var browser = await BrowserSession.OpenAsync(fixture);
        var page = browser.Page;

        await browser.RunAsync(async () =>
        {
            var response = await page.GotoAsync("/login");
            await browser.ScreenshotAsync("login-page");

            Assert.Equal(200, response!.Status);
            Assert.Equal("zh-CN", await page.Locator("html").GetAttributeAsync("lang"));
            Assert.Contains("登录", await page.TitleAsync());
            await Assertions.Expect(page.Locator("input[name='UserName']")).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("input[name='Password']")).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("form button[type='submit']")).ToContainTextAsync("登录");

            // Bootstrap comes from npm through the build: its reboot removes the browser's default body margin.
            Assert.Equal("0px", await page.EvaluateAsync<string>("() => getComputedStyle(document.body).margin"));
            Assert.Empty(browser.Problems);
        });
    }

    [BrowserFact]
    public async Task AnonymousVisitorToTheAdminIsSentToTheLoginPage()
    {
        await using var browser = await BrowserSession.OpenAsync(fixture);
        var page = browser.Page;

        await browser.RunAsync(async () =>
        {
            await page.GotoAsync("/admin");
            await browser.ScreenshotAsync("redirected-to-login");

            Assert.Equal("/login", new Uri(page.Url).AbsolutePath);
            await Assertions.Expect(page.Locator("input[name='UserName']")).ToBeVisibleAsync();
        });
    }

    [BrowserFact]
    public async Task WrongPasswordShowsAChineseMessageOnThePage()
    {
        await using var browser = await BrowserSession.OpenAsync(fixture);
        var page = browser.Page;

        await browser.RunAsync(async () =>
        {
            await page.GotoAsync("/login");
            await page.FillAsync("input[name='UserName']", "nobody");
            await page.FillAsync("input[name='Password']", "Wrong#Password1");
            await page.ClickAsync("form button[type='submit']");
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            await browser.ScreenshotAsync("wrong-password");

            Assert.Equal("/login", new Uri(page.Url).AbsolutePath);
            await Assertions.Expect(page.Locator("form .alert-danger")).ToContainTextAsync("用户名或密码错误");
            await Assertions.Expect(page.Locator("input[name='Password']")).ToHaveValueAsync("");
        });
    }
}
