using System.Net;
using System.Net.Http.Json;
using Anshun.Testing;

namespace Anshun.Features.Tests.Controllers;

/// <summary>Modules and site settings belong to the 系统管理员 alone: every other user is refused everywhere.</summary>
public sealed class FeaturesAuthorizationTests(FeaturesSiteFixture site) : IClassFixture<FeaturesSiteFixture>
{
    public static TheoryData<string> RefusedUsers => new(FeaturesSite.RefusedUsers);

    [Theory]
    [MemberData(nameof(RefusedUsers))]
    public async Task NonAdministratorIsRefusedEveryPageAndApi(string userName)
    {
        var client = await site.LoginAsync(userName);

        var responses = new Dictionary<string, HttpResponseMessage>
        {
            ["GET /api/modules"] = await client.GetAsync("/api/modules"),
            ["POST /api/modules/enable"] = await client.PostAsync("/api/modules/Anshun.PortalTheme/enable", null),
            ["POST /api/modules/disable"] = await client.PostAsync("/api/modules/Anshun.PortalTheme/disable", null),
            ["GET /api/settings/site"] = await client.GetAsync("/api/settings/site"),
            ["PUT /api/settings/site"] = await client.PutAsJsonAsync("/api/settings/site", new { siteName = "被篡改的站点" }),
            ["GET /admin/modules"] = await client.GetAsync("/admin/modules"),
            ["GET /admin/modules/disable"] = await client.GetAsync("/admin/modules/Anshun.PortalTheme/disable"),
            ["POST /admin/modules/enable"] = await client.PostAsync("/admin/modules/Anshun.PortalTheme/enable", null),
            ["POST /admin/modules/disable sample"] = await client.PostAsync($"/admin/modules/{FeaturesSite.SampleModuleId}/disable", null),
            ["POST /api/modules/disable sample"] = await client.PostAsync($"/api/modules/{FeaturesSite.SampleModuleId}/disable", null),
            ["POST /admin/modules/disable"] = await client.PostAsync("/admin/modules/Anshun.PortalTheme/disable", null),
            ["GET /admin/settings"] = await client.GetAsync("/admin/settings"),
            ["POST /admin/settings"] = await client.PostAsync("/admin/settings", new FormUrlEncodedContent(new Dictionary<string, string> { ["SiteName"] = "被篡改的站点" })),
        };

        Assert.All(responses, r => Assert.True(IsRefused(r.Key, r.Value), $"{r.Key}: {(int)r.Value.StatusCode} {r.Value.Headers.Location}"));
        var admin = await site.LoginAsync("admin");
        Assert.True((await FeaturesSite.ModuleAsync(admin, FeaturesSite.SampleModuleId)).GetProperty("enabled").GetBoolean());
        Assert.True((await FeaturesSite.ModuleAsync(admin, "Anshun.PortalTheme")).GetProperty("enabled").GetBoolean());
        var siteInfo = await admin.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/settings/site");
        Assert.Equal("安顺市政府办公信息系统", siteInfo.GetProperty("siteName").GetString());
    }

    /// <summary>The API answers 403; a browser page answers 403 or sends the user to the access-denied page.</summary>
    private static bool IsRefused(string request, HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Forbidden
        || request.Contains(" /admin/", StringComparison.Ordinal)
            && response.StatusCode == HttpStatusCode.Redirect
            && response.Headers.Location?.OriginalString.Contains("/access-denied", StringComparison.Ordinal) == true;

    [Fact]
    public async Task AnonymousCallerIsUnauthorizedOnTheApi()
    {
        var client = site.CreateAnonymousClient();

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/modules")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/settings/site")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/admin/modules")).StatusCode);
    }

    [Fact]
    public async Task AdministratorIsAllowed()
    {
        var admin = await site.LoginAsync("admin");

        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/modules")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/settings/site")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/admin/modules")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/admin/settings")).StatusCode);
    }
}
