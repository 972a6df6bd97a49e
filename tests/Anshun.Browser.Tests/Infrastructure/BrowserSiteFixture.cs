using System.Net;
using Anshun.Testing;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Anshun.Browser.Tests.Infrastructure;

/// <summary>
/// One real site served by Kestrel on a free loopback port (set up from the default recipe, as on a
/// fresh install) and one headless Chromium, shared by the browser tests of <see cref="BrowserCollection"/>.
/// </summary>
public sealed class BrowserSiteFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public AnshunSiteFactory Site { get; } = new("anshun-portal");

    /// <summary>The site's address, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public string BaseUrl { get; private set; } = "";

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("Chromium 未启动。");

    public async Task InitializeAsync()
    {
        if (!Chromium.IsAvailable)
        {
            return; // every test here is skipped (BrowserFactAttribute says why)
        }

        Site.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        Site.StartServer();
        var addresses = Site.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>();
        BaseUrl = addresses.Addresses.First().TrimEnd('/');

        Assertions.SetDefaultExpectTimeout(15_000);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium.ExecutablePath,
            Headless = true,
            Args = Chromium.Arguments,
        });
    }

    /// <summary>A fresh browser profile (no cookies) looking like a desk in Anshun.</summary>
    public Task<IBrowserContext> NewContextAsync() =>
        Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            Locale = "zh-CN",
            TimezoneId = "Asia/Shanghai",
            ViewportSize = new ViewportSize { Width = 1366, Height = 860 },
        });

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        await Site.DisposeAsync();
    }
}
