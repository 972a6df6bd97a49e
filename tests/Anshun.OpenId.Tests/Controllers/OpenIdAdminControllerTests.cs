using System.Net;
using System.Net.Http.Json;
using Anshun.Testing;

namespace Anshun.OpenId.Tests.Controllers;

/// <summary>The client admin (page and API): only the system administrator; validation; secret shown once.</summary>
public sealed class OpenIdAdminControllerTests(OpenIdSiteFactory factory) : IClassFixture<OpenIdSiteFactory>
{
    [Theory]
    [InlineData("staff")]
    [InlineData("auditor")]
    [InlineData("secadmin")]
    public async Task OtherUsersAreRefusedClientManagement(string userName)
    {
        using var user = await factory.LoginAsync(userName);

        Assert.Equal(HttpStatusCode.Forbidden, (await user.GetAsync("/api/openid/clients")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await user.PostAsJsonAsync("/api/openid/clients", new
        {
            clientId = "sneaky-" + userName, displayName = "越权登记", type = "confidential", allowClientCredentials = true,
        })).StatusCode);
        var page = await user.GetAsync("/admin/openid");
        Assert.True(page.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Redirect, $"实际 {(int)page.StatusCode}");
        if (page.StatusCode == HttpStatusCode.Redirect)
        {
            Assert.StartsWith("/access-denied", page.Headers.Location!.PathAndQuery);
        }
    }

    [Fact]
    public async Task AnonymousIsUnauthorized()
    {
        using var anonymous = factory.CreateAnonymousClient();

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/openid/clients")).StatusCode);
        var page = await anonymous.GetAsync("/admin/openid");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/login", page.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task SecretIsReturnedOnlyAtCreation()
    {
        using var admin = await factory.LoginAsync("admin");
        var secret = await OpenIdTestClients.RegisterMachineClientAsync(admin, "once-system");

        var listed = await admin.GetStringAsync("/api/openid/clients");
        var single = await admin.GetStringAsync("/api/openid/clients/once-system");

        Assert.False(string.IsNullOrEmpty(secret));
        Assert.DoesNotContain(secret, listed);
        Assert.DoesNotContain(secret, single);
        Assert.Contains("once-system", listed);
    }

    [Theory]
    [InlineData("http://portal.example.gov.cn/cb", "redirectUris")]
    [InlineData("not a uri", "redirectUris")]
    public async Task BadRedirectUriIsRefused(string uri, string field)
    {
        using var admin = await factory.LoginAsync("admin");

        var response = await admin.PostAsJsonAsync("/api/openid/clients", new
        {
            clientId = "bad-uri-" + Math.Abs(uri.GetHashCode()), displayName = "回调地址不合规", type = "public",
            allowAuthorizationCode = true, redirectUris = new[] { uri },
        });

        var body = await OpenIdTestClients.ReadJsonAsync(response, HttpStatusCode.BadRequest);
        Assert.True(body.GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task ClientMayNotHoldRolesOfTwoRemits()
    {
        using var admin = await factory.LoginAsync("admin");

        var response = await admin.PostAsJsonAsync("/api/openid/clients", new
        {
            clientId = "two-remits", displayName = "跨三员系统", type = "confidential", allowClientCredentials = true,
            roles = new[] { "SystemAdministrator", "SecurityAuditor" },
        });

        var body = await OpenIdTestClients.ReadJsonAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("三员分立", body.GetProperty("errors").GetProperty("roles")[0].GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/openid/clients/two-remits")).StatusCode);
    }

    [Fact]
    public async Task AdminRegistersEditsAndDeletesClientThroughThePages()
    {
        using var admin = await factory.LoginAsync("admin");
        admin.DefaultRequestHeaders.Remove(SiteClientExtensions.CsrfHeader);
        var token = await admin.GetFormTokenAsync("/admin/openid/create");

        var created = await admin.PostAsync("/admin/openid/create", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["ClientId"] = "page-system", ["DisplayName"] = "页面登记的系统",
            ["Type"] = "confidential", ["AllowAuthorizationCode"] = "true", ["RedirectUris"] = "https://oa.anshun.gov.cn/signin-oidc",
        }));
        var createdHtml = await created.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.Contains("客户端密钥只显示这一次", createdHtml);

        token = await admin.GetFormTokenAsync("/admin/openid/page-system/edit");
        var edited = await admin.PostAsync("/admin/openid/page-system/edit", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["DisplayName"] = "改名后的系统", ["Type"] = "confidential",
            ["AllowAuthorizationCode"] = "true", ["RedirectUris"] = "https://oa.anshun.gov.cn/signin-oidc\nhttps://oa2.anshun.gov.cn/cb",
        }));
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        var index = await admin.GetStringAsync("/admin/openid");
        Assert.Contains("改名后的系统", index);
        Assert.Contains("https://oa2.anshun.gov.cn/cb", index);

        token = await admin.GetFormTokenAsync("/admin/openid");
        var deleted = await admin.PostAsync("/admin/openid/page-system/delete", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.DoesNotContain("page-system", await admin.GetStringAsync("/admin/openid"));
    }

    [Fact]
    public async Task ClientChangesAreAudited()
    {
        using var admin = await factory.LoginAsync("admin");
        await OpenIdTestClients.RegisterMachineClientAsync(admin, "audited-system");
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync("/api/openid/clients/audited-system")).StatusCode);

        using var auditor = await factory.LoginAsync("auditor");
        var created = await auditor.GetStringAsync("/api/audit?type=openid.client_created");
        var deleted = await auditor.GetStringAsync("/api/audit?type=openid.client_deleted");

        Assert.Contains("audited-system", created);
        Assert.Contains("audited-system", deleted);
    }
}
