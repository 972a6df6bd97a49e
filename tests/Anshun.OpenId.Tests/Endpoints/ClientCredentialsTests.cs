using System.Net;
using System.Net.Http.Json;
using Anshun.Testing;

namespace Anshun.OpenId.Tests.Endpoints;

/// <summary>System-to-system tokens: client credentials, bearer calls to the JSON API, client roles.</summary>
public sealed class ClientCredentialsTests(OpenIdSiteFactory factory) : IClassFixture<OpenIdSiteFactory>
{
    [Fact]
    public async Task ClientTokenReadsOrgUnits()
    {
        using var admin = await factory.LoginAsync("admin");
        var secret = await OpenIdTestClients.RegisterMachineClientAsync(admin, "reader-system");
        var token = await OpenIdTestClients.GetClientTokenAsync(factory, "reader-system", secret);

        using var client = factory.CreateBearerClient(token);
        var response = await client.GetAsync("/api/org/units");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("安顺市人民政府", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ClientWithoutRolesIsRefusedUserApiAndClientWithAdministratorRoleIsAllowed()
    {
        using var admin = await factory.LoginAsync("admin");
        var plainSecret = await OpenIdTestClients.RegisterMachineClientAsync(admin, "plain-system");
        var adminSecret = await OpenIdTestClients.RegisterMachineClientAsync(admin, "directory-sync", "SystemAdministrator");

        using var plain = factory.CreateBearerClient(await OpenIdTestClients.GetClientTokenAsync(factory, "plain-system", plainSecret));
        using var privileged = factory.CreateBearerClient(await OpenIdTestClients.GetClientTokenAsync(factory, "directory-sync", adminSecret));

        var refused = await plain.GetAsync("/api/users");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await privileged.GetAsync("/api/users")).StatusCode);
    }

    [Fact]
    public async Task TokenWithoutApiScopeHoldsNoPermission()
    {
        using var admin = await factory.LoginAsync("admin");
        var secret = await OpenIdTestClients.RegisterMachineClientAsync(admin, "no-scope-system", "SystemAdministrator");
        var token = await OpenIdTestClients.GetClientTokenAsync(factory, "no-scope-system", secret, scope: "");

        using var client = factory.CreateBearerClient(token);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/users")).StatusCode);
    }

    [Fact]
    public async Task BearerPostNeedsNoCsrfHeader()
    {
        using var admin = await factory.LoginAsync("admin");
        var secret = await OpenIdTestClients.RegisterMachineClientAsync(admin, "provisioner", "SystemAdministrator");
        using var client = factory.CreateBearerClient(await OpenIdTestClients.GetClientTokenAsync(factory, "provisioner", secret));

        var response = await client.PostAsJsonAsync("/api/openid/clients", new
        {
            clientId = "provisioned-system",
            displayName = "由接口登记的系统",
            type = "confidential",
            allowClientCredentials = true,
        });

        Assert.False(client.DefaultRequestHeaders.Contains(SiteClientExtensions.CsrfHeader));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task CookiePostWithoutCsrfHeaderIsStillRefused()
    {
        using var admin = await factory.LoginAsync("admin");
        admin.DefaultRequestHeaders.Remove(SiteClientExtensions.CsrfHeader);

        var response = await admin.PostAsJsonAsync("/api/openid/clients", new
        {
            clientId = "csrf-victim",
            displayName = "不应登记",
            type = "confidential",
            allowClientCredentials = true,
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("X-CSRF-TOKEN", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task TokenOfADeletedClientIsRefused()
    {
        using var admin = await factory.LoginAsync("admin");
        var secret = await OpenIdTestClients.RegisterMachineClientAsync(admin, "retired-system");
        using var client = factory.CreateBearerClient(await OpenIdTestClients.GetClientTokenAsync(factory, "retired-system", secret));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/org/units")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync("/api/openid/clients/retired-system")).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/org/units")).StatusCode);
    }

    [Fact]
    public async Task InvalidTokenIsUnauthorized()
    {
        using var client = factory.CreateBearerClient("not-a-real-token");

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/org/units")).StatusCode);
    }

    [Fact]
    public async Task WrongSecretGetsNoToken()
    {
        using var admin = await factory.LoginAsync("admin");
        await OpenIdTestClients.RegisterMachineClientAsync(admin, "guarded-system");
        using var anonymous = factory.CreateAnonymousClient();

        var response = await anonymous.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = "guarded-system",
            ["client_secret"] = "wrong-secret",
            ["scope"] = "api",
        }));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("invalid_client", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ApiCallsWithCookieStillAnswerProblemDetails()
    {
        using var anonymous = factory.CreateAnonymousClient();
        using var staff = await factory.LoginAsync("staff");

        var unauthorized = await anonymous.GetAsync("/api/users");
        var forbidden = await staff.GetAsync("/api/users");

        Assert.Equal(HttpStatusCode.Unauthorized, unauthorized.StatusCode);
        Assert.Equal("application/problem+json", unauthorized.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal("application/problem+json", forbidden.Content.Headers.ContentType?.MediaType);
        var page = await anonymous.GetAsync("/admin/users");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/login", page.Headers.Location!.PathAndQuery);
    }
}
