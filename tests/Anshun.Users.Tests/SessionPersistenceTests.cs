using System.Net;
using System.Net.Http.Json;
using Anshun.Testing;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Anshun.Users.Tests;

/// <summary>The keys that protect the sign-in cookie live in the data folder, so a restart (or a second node on the same folder) keeps people signed in.</summary>
public sealed class SessionPersistenceTests
{
    [Fact]
    public async Task ASignInSurvivesARestartOfTheSite()
    {
        AnshunSiteFactory site = new DemoSite();
        try
        {
            var client = site.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false, AllowAutoRedirect = false });
            var login = await client.PostAsJsonAsync("/api/auth/login", new { userName = "staff", password = AnshunSiteFactory.DemoPassword });
            Assert.Equal(HttpStatusCode.OK, login.StatusCode);
            var cookie = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("Anshun.Auth=", StringComparison.Ordinal)).Split(';')[0];
            Assert.NotEmpty(Directory.EnumerateFiles(Path.Combine(site.AppData, "DataProtection-Keys"), "key-*.xml"));

            site = await site.RestartAsync();
            var restarted = site.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false, AllowAutoRedirect = false });
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/auth/me");
            request.Headers.Add("Cookie", cookie);
            var me = await restarted.SendAsync(request);

            Assert.Equal(HttpStatusCode.OK, me.StatusCode);
            Assert.Equal("staff", (await me.Content.ReadFromJsonAsync<Dictionary<string, object>>())!["userName"].ToString());
        }
        finally
        {
            await site.DisposeAsync();
        }
    }
}
