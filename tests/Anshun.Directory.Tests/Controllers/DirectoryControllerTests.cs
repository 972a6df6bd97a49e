using System.Net;
using Anshun.Testing;

namespace Anshun.StaffDirectory.Tests.Controllers;

public sealed class DirectoryControllerTests(DirectorySiteFactory site) : IClassFixture<DirectorySiteFactory>
{
    [Fact]
    public async Task AnonymousIsSentToLogin()
    {
        var response = await site.CreateAnonymousClient().GetAsync("/directory");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/login", response.Headers.Location?.ToString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ShowsTheUnitTreeAndTheSearchResults()
    {
        var staff = await site.LoginAsync("staff");

        var html = await staff.GetStringAsync("/directory?q=zs");

        Assert.Contains("公共通讯录", html);
        Assert.Contains("安顺市财政局", html);
        Assert.Contains("张三", html);
        Assert.DoesNotContain("李明", html);
    }

    [Fact]
    public async Task PortalNavigationLinksTheDirectory()
    {
        var staff = await site.LoginAsync("staff");

        var html = await staff.GetStringAsync("/");

        Assert.Contains("href=\"/directory\"", html);
    }

    [Fact]
    public async Task UnknownUnitIsExplainedOnThePage()
    {
        var staff = await site.LoginAsync("staff");

        var response = await staff.GetAsync("/directory?unit=NOSUCHUNIT");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("单位“NOSUCHUNIT”不存在或已停用。", html);
    }

    [Fact]
    public async Task PrivacyFormSavesTheChoice()
    {
        await using var own = new AnshunSiteFactory();
        var staff = await own.LoginAsync("staff");
        var token = await staff.GetFormTokenAsync("/directory/privacy");

        var response = await staff.PostAsync("/directory/privacy", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["MobileVisibility"] = "Nobody",
            ["__RequestVerificationToken"] = token,
        }));
        var privacy = await (await staff.GetAsync("/api/directory/privacy")).JsonAsync();
        var page = await staff.GetStringAsync("/directory/privacy");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("nobody", privacy.GetProperty("mobileVisibility").GetString());
        Assert.Contains("value=\"Nobody\" checked=\"checked\"", page);
    }
}
