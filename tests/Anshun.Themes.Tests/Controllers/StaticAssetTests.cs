using System.Net;
using Anshun.Themes.Tests.Support;

namespace Anshun.Themes.Tests.Controllers;

/// <summary>The npm assets restored by the build are served from the admin theme's static web assets.</summary>
public sealed class StaticAssetTests(ThemesSiteFactory factory) : IClassFixture<ThemesSiteFactory>
{
    [Theory]
    [InlineData("/_content/Anshun.AdminTheme/lib/bootstrap/css/bootstrap.min.css", "text/css", "Bootstrap  v5")]
    [InlineData("/_content/Anshun.AdminTheme/lib/bootstrap/js/bootstrap.bundle.min.js", "text/javascript", "Bootstrap v5")]
    [InlineData("/_content/Anshun.AdminTheme/lib/bootstrap-icons/font/bootstrap-icons.min.css", "text/css", "bootstrap-icons")]
    [InlineData("/_content/Anshun.AdminTheme/css/theme.css", "text/css", "--anshun-red")]
    [InlineData("/_content/Anshun.AdminTheme/css/admin.css", "text/css", ".admin-topbar")]
    [InlineData("/_content/Anshun.PortalTheme/css/portal.css", "text/css", ".portal-header")]
    public async Task ThemeAssetIsServed(string url, string mediaType, string expected)
    {
        var response = await factory.CreateClient().GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(expected, body);
    }

    [Fact]
    public async Task IconFontIsServed()
    {
        var response = await factory.CreateClient().GetAsync("/_content/Anshun.AdminTheme/lib/bootstrap-icons/font/fonts/bootstrap-icons.woff2");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 10_000);
    }
}
