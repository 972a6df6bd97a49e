using System.Net;
using System.Text.Json;
using Anshun.Testing;

namespace Anshun.OpenId.Tests.Endpoints;

/// <summary>The OpenAPI document and its reference page, for signed-in users only.</summary>
public sealed class ApiDocumentationTests(OpenIdSiteFactory factory) : IClassFixture<OpenIdSiteFactory>
{
    [Fact]
    public async Task DocumentListsTheJsonApi()
    {
        using var staff = await factory.LoginAsync("staff");

        var response = await staff.GetAsync("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var paths = document.RootElement.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/auth/login", out _));
        Assert.True(paths.TryGetProperty("/api/users", out _));
        Assert.True(paths.TryGetProperty("/api/org/units", out _));
        Assert.True(paths.TryGetProperty("/api/openid/clients", out _));
        Assert.DoesNotContain(paths.EnumerateObject(), p => !p.Name.StartsWith("/api/", StringComparison.Ordinal));
        Assert.Contains("单位列表", paths.GetProperty("/api/org/units").GetRawText());
    }

    [Fact]
    public async Task AnonymousIsRefusedTheDocument()
    {
        using var anonymous = factory.CreateAnonymousClient();

        var response = await anonymous.GetAsync("/openapi/v1.json");

        var page = await anonymous.GetAsync("/openapi");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/login", response.Headers.Location!.AbsolutePath);
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/login", page.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task ReferencePageIsServedWithoutExternalScripts()
    {
        using var staff = await factory.LoginAsync("staff");

        var redirect = await staff.GetAsync("/openapi");
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        var page = await staff.GetStringAsync(redirect.Headers.Location!.ToString());
        Assert.Contains("scalar.js", page);

        Assert.DoesNotContain("cdn.", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("https://", page.Replace("https://github.com", "", StringComparison.Ordinal), StringComparison.Ordinal);
        var script = await staff.GetAsync("/openapi/scalar.js");
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
    }
}
