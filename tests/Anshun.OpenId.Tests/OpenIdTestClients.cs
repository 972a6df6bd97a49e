using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Anshun.Testing;

namespace Anshun.OpenId.Tests;

/// <summary>Registers clients through the admin API and obtains tokens over HTTP, as another system would.</summary>
public static class OpenIdTestClients
{
    public const string CallbackUri = "http://localhost/callback";

    /// <summary>Registers a confidential client-credentials client as admin; returns its secret.</summary>
    public static async Task<string> RegisterMachineClientAsync(HttpClient admin, string clientId, params string[] roles)
    {
        var response = await admin.PostAsJsonAsync("/api/openid/clients", new
        {
            clientId,
            displayName = "测试系统 " + clientId,
            type = "confidential",
            allowClientCredentials = true,
            roles,
        });
        var body = await ReadJsonAsync(response, HttpStatusCode.Created);
        return body.GetProperty("clientSecret").GetString()!;
    }

    public static async Task RegisterSsoClientAsync(HttpClient admin, string clientId)
    {
        var response = await admin.PostAsJsonAsync("/api/openid/clients", new
        {
            clientId,
            displayName = "公文系统 " + clientId,
            type = "public",
            allowAuthorizationCode = true,
            allowRefreshToken = true,
            redirectUris = new[] { CallbackUri },
            postLogoutRedirectUris = new[] { "http://localhost/signed-out" },
        });
        await ReadJsonAsync(response, HttpStatusCode.Created);
    }

    public static async Task<string> GetClientTokenAsync(AnshunSiteFactory factory, string clientId, string secret, string scope = "api")
    {
        using var client = factory.CreateAnonymousClient();
        var response = await client.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = clientId,
            ["client_secret"] = secret,
            ["scope"] = scope,
        }));
        var body = await ReadJsonAsync(response, HttpStatusCode.OK);
        return body.GetProperty("access_token").GetString()!;
    }

    public static HttpClient CreateBearerClient(this AnshunSiteFactory factory, string token)
    {
        var client = factory.CreateAnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>The claims of a JWT's payload (no signature check: the site checks tokens, the test reads them).</summary>
    public static JsonElement ReadJwtPayload(string jwt)
    {
        var payload = jwt.Split('.')[1].Replace('-', '+').Replace('_', '/');
        payload = payload.PadRight(payload.Length + ((4 - (payload.Length % 4)) % 4), '=');
        return JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(payload))).RootElement.Clone();
    }

    public static async Task<JsonElement> ReadJsonAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"期望 HTTP {(int)expected}，实际 {(int)response.StatusCode}：{text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
