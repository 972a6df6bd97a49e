using System.Net;
using Anshun.Testing;

namespace Anshun.Users.Tests;

/// <summary>The login page and the pages that complete a sign-in.</summary>
public sealed class AccountControllerTests(DemoSite site) : IClassFixture<DemoSite>
{
    [Fact]
    public async Task LoginPageHasTheThreeFields()
    {
        var html = await site.CreateAnonymousClient().GetStringAsync("/login");

        Assert.Contains("name=\"UserName\"", html);
        Assert.Contains("name=\"Password\"", html);
        Assert.Contains("name=\"Code\"", html);
        Assert.Contains("用户登录", html);
    }

    [Fact]
    public async Task LoginPageSignsInAndRedirectsToTheReturnUrl()
    {
        var client = site.CreateAnonymousClient();
        var token = await client.GetFormTokenAsync("/login");

        var response = await client.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["UserName"] = "leader",
            ["Password"] = AnshunSiteFactory.DemoPassword,
            ["ReturnUrl"] = "/api/auth/me",
        }));
        var me = await client.GetAsync("/api/auth/me");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/api/auth/me", response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
    }

    [Fact]
    public async Task LoginPageShowsAChineseErrorForAWrongPassword()
    {
        var client = site.CreateAnonymousClient();
        var token = await client.GetFormTokenAsync("/login");

        var response = await client.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["UserName"] = "jyj_editor",
            ["Password"] = "Wrong#Pass2026",
        }));

        Assert.Contains("用户名或密码错误。", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AnAdministratorIsSentToTotpEnrolmentWhichShowsTheKey()
    {
        await using var own = new DemoSite();
        var client = own.CreateAnonymousClient();
        var token = await client.GetFormTokenAsync("/login");

        var response = await client.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["UserName"] = "auditor",
            ["Password"] = AnshunSiteFactory.DemoPassword,
        }));
        var portal = await client.GetAsync("/admin");
        var enrol = await client.GetStringAsync("/account/totp");

        Assert.Equal("/account/totp", response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, portal.StatusCode);
        Assert.Equal("/account/totp", portal.Headers.Location!.OriginalString);
        Assert.Contains("必须先绑定动态口令", enrol);
        Assert.Contains("data:image/png;base64,", enrol);
        Assert.Matches("[a-z2-7]{4} [a-z2-7]{4}", enrol);
    }

    [Fact]
    public async Task AccessDeniedPageIsChinese()
    {
        var response = await (await site.LoginAsync("staff")).GetAsync("/access-denied");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("您没有访问该页面的权限", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ChangePasswordPageExplainsThePolicy()
    {
        var html = await (await site.LoginAsync("editor")).GetStringAsync("/account/password");

        Assert.Contains("不能与最近 5 次用过的密码相同", html);
    }
}
