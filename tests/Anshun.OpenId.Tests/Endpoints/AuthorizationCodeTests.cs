using System.Net;
using System.Security.Cryptography;
using System.Text;
using Anshun.Testing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.IdentityModel.Tokens;

namespace Anshun.OpenId.Tests.Endpoints;

/// <summary>Single sign-on: authorization code + PKCE end to end over HTTP, userinfo, end session.</summary>
public sealed class AuthorizationCodeTests(OpenIdSiteFactory factory) : IClassFixture<OpenIdSiteFactory>
{
    [Fact]
    public async Task StaffSignsInToAnotherSystemWithCodeAndPkce()
    {
        await RegisterAsync("docflow");
        using var staff = await factory.LoginAsync("staff");
        var verifier = NewVerifier();

        var code = await AuthorizeAsync(staff, "docflow", verifier);
        var tokens = await RedeemAsync("docflow", code, verifier, HttpStatusCode.OK);

        var idToken = OpenIdTestClients.ReadJwtPayload(tokens.GetProperty("id_token").GetString()!);
        Assert.Equal("staff", idToken.GetProperty("preferred_username").GetString());
        Assert.False(string.IsNullOrEmpty(idToken.GetProperty("name").GetString()));
        Assert.Equal("docflow", idToken.GetProperty("aud").GetString());

        using var bearer = factory.CreateBearerClient(tokens.GetProperty("access_token").GetString()!);
        var userInfo = await OpenIdTestClients.ReadJsonAsync(await bearer.GetAsync("/connect/userinfo"), HttpStatusCode.OK);
        Assert.Equal("staff", userInfo.GetProperty("preferred_username").GetString());
        Assert.Equal(idToken.GetProperty("sub").GetString(), userInfo.GetProperty("sub").GetString());
        Assert.True(tokens.TryGetProperty("refresh_token", out _));
    }

    [Fact]
    public async Task UserTokenCarriesTheUsersOwnPermissions()
    {
        await RegisterAsync("portal-mobile");
        using var staff = await factory.LoginAsync("staff");
        using var admin = await factory.LoginAsync("admin");

        using var staffBearer = factory.CreateBearerClient(await AccessTokenAsync(staff, "portal-mobile"));
        using var adminBearer = factory.CreateBearerClient(await AccessTokenAsync(admin, "portal-mobile"));

        Assert.Equal(HttpStatusCode.OK, (await staffBearer.GetAsync("/api/org/units")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await staffBearer.GetAsync("/api/users")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await adminBearer.GetAsync("/api/users")).StatusCode);
    }

    [Fact]
    public async Task UserTokenIsRecognisedAsTheSignedInUser()
    {
        await RegisterAsync("me-desk");
        using var staff = await factory.LoginAsync("staff");
        using var bearer = factory.CreateBearerClient(await AccessTokenAsync(staff, "me-desk"));

        var me = await OpenIdTestClients.ReadJsonAsync(await bearer.GetAsync("/api/auth/me"), HttpStatusCode.OK);

        Assert.Equal("staff", me.GetProperty("userName").GetString());
    }

    [Fact]
    public async Task RefreshTokenGivesANewAccessToken()
    {
        await RegisterAsync("tasks");
        using var staff = await factory.LoginAsync("staff");
        var verifier = NewVerifier();
        var tokens = await RedeemAsync("tasks", await AuthorizeAsync(staff, "tasks", verifier), verifier, HttpStatusCode.OK);

        using var client = factory.CreateAnonymousClient();
        var response = await client.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["client_id"] = "tasks",
            ["refresh_token"] = tokens.GetProperty("refresh_token").GetString()!,
        }));
        var refreshed = await OpenIdTestClients.ReadJsonAsync(response, HttpStatusCode.OK);

        var accessToken = refreshed.GetProperty("access_token").GetString()!;
        Assert.NotEqual(tokens.GetProperty("access_token").GetString(), accessToken);
        Assert.Equal("staff", OpenIdTestClients.ReadJwtPayload(accessToken).GetProperty("preferred_username").GetString());
    }

    [Fact]
    public async Task TokenOfADisabledUserIsRefused()
    {
        await RegisterAsync("leader-desk");
        using var leader = await factory.LoginAsync("leader");
        var accessToken = await AccessTokenAsync(leader, "leader-desk");
        using var bearer = factory.CreateBearerClient(accessToken);
        Assert.Equal(HttpStatusCode.OK, (await bearer.GetAsync("/api/org/units")).StatusCode);

        using var admin = await factory.LoginAsync("admin");
        var userId = OpenIdTestClients.ReadJwtPayload(accessToken).GetProperty("sub").GetString();
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/api/users/{userId}/disable", null)).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await bearer.GetAsync("/api/org/units")).StatusCode);
    }

    [Fact]
    public async Task WrongVerifierIsRefused()
    {
        await RegisterAsync("archives");
        using var staff = await factory.LoginAsync("staff");

        var code = await AuthorizeAsync(staff, "archives", NewVerifier());
        var error = await RedeemAsync("archives", code, NewVerifier(), HttpStatusCode.BadRequest);

        Assert.Equal("invalid_grant", error.GetProperty("error").GetString());
    }

    [Fact]
    public async Task AuthorizeWithoutPkceIsRefused()
    {
        await RegisterAsync("legacy");
        using var staff = await factory.LoginAsync("staff");

        var response = await staff.GetAsync(QueryHelpers.AddQueryString("/connect/authorize", new Dictionary<string, string?>
        {
            ["client_id"] = "legacy", ["response_type"] = "code", ["scope"] = "openid profile",
            ["redirect_uri"] = OpenIdTestClients.CallbackUri, ["state"] = "s1",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task AnonymousUserIsSentToTheLoginPage()
    {
        await RegisterAsync("meetings");
        using var anonymous = factory.CreateAnonymousClient();

        var response = await anonymous.GetAsync(AuthorizeUrl("meetings", NewVerifier()));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/login", response.Headers.Location!.AbsolutePath);
        Assert.Contains("connect%2Fauthorize", response.Headers.Location.Query);
    }

    [Fact]
    public async Task EndSessionSignsTheUserOutAndReturnsToTheClient()
    {
        await RegisterAsync("schedules");
        using var staff = await factory.LoginAsync("staff");
        var verifier = NewVerifier();
        var tokens = await RedeemAsync("schedules", await AuthorizeAsync(staff, "schedules", verifier), verifier, HttpStatusCode.OK);

        var response = await staff.GetAsync(QueryHelpers.AddQueryString("/connect/endsession", new Dictionary<string, string?>
        {
            ["id_token_hint"] = tokens.GetProperty("id_token").GetString(),
            ["post_logout_redirect_uri"] = "http://localhost/signed-out",
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/signed-out", response.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.Unauthorized, (await staff.GetAsync("/api/auth/me")).StatusCode);
    }

    private async Task<string> AccessTokenAsync(HttpClient user, string clientId)
    {
        var verifier = NewVerifier();
        var tokens = await RedeemAsync(clientId, await AuthorizeAsync(user, clientId, verifier), verifier, HttpStatusCode.OK);
        return tokens.GetProperty("access_token").GetString()!;
    }

    private async Task RegisterAsync(string clientId)
    {
        using var admin = await factory.LoginAsync("admin");
        await OpenIdTestClients.RegisterSsoClientAsync(admin, clientId);
    }

    private static async Task<string> AuthorizeAsync(HttpClient user, string clientId, string verifier)
    {
        var response = await user.GetAsync(AuthorizeUrl(clientId, verifier));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.StartsWith(OpenIdTestClients.CallbackUri, location.ToString());
        var query = QueryHelpers.ParseQuery(location.Query);
        Assert.Equal("xyz", query["state"].ToString());
        return query["code"].ToString();
    }

    private async Task<System.Text.Json.JsonElement> RedeemAsync(string clientId, string code, string verifier, HttpStatusCode expected)
    {
        using var client = factory.CreateAnonymousClient();
        var response = await client.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["client_id"] = clientId,
            ["code"] = code,
            ["code_verifier"] = verifier,
            ["redirect_uri"] = OpenIdTestClients.CallbackUri,
        }));
        return await OpenIdTestClients.ReadJsonAsync(response, expected);
    }

    private static string AuthorizeUrl(string clientId, string verifier) =>
        QueryHelpers.AddQueryString("/connect/authorize", new Dictionary<string, string?>
        {
            ["client_id"] = clientId,
            ["response_type"] = "code",
            ["scope"] = "openid profile email roles api offline_access",
            ["redirect_uri"] = OpenIdTestClients.CallbackUri,
            ["state"] = "xyz",
            ["code_challenge"] = Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))),
            ["code_challenge_method"] = "S256",
        });

    private static string NewVerifier() => Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
}
