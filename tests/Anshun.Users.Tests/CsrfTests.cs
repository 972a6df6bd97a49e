using System.Net;
using Anshun.Core.Audit;
using Anshun.Testing;

namespace Anshun.Users.Tests;

/// <summary>Cookie-authenticated API writes need the X-CSRF-TOKEN header; the token from login belongs to the new session.</summary>
public sealed class CsrfTests(DemoSite site) : IClassFixture<DemoSite>
{
    [Fact]
    public async Task ACookieAuthenticatedWriteWithoutTheTokenIsRefusedAndAudited()
    {
        var admin = await site.LoginAsync("admin");
        var token = admin.DefaultRequestHeaders.GetValues(SiteClientExtensions.CsrfHeader).Single();
        admin.DefaultRequestHeaders.Remove(SiteClientExtensions.CsrfHeader);

        var refused = await admin.PostJsonAsync("/api/users", NewUser("csrf_refused"));
        var list = await (await admin.GetAsync("/api/users?q=csrf_refused")).JsonAsync();
        admin.UseCsrf(token);
        var accepted = await admin.PostJsonAsync("/api/users", NewUser("csrf_accepted"));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("X-CSRF-TOKEN", (await refused.JsonAsync()).GetProperty("detail").GetString());
        Assert.Equal(0, list.GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
        var auditor = await site.LoginAsync("auditor");
        Assert.Contains(await auditor.AuditAsync(AuditEventTypes.CsrfRejected), r => r.GetProperty("target").GetString() == "/api/users");
    }

    [Fact]
    public async Task TheLoginTokenIsValidForTheNewSessionAndAStaleOneIsNot()
    {
        var anonymous = site.CreateAnonymousClient();
        var anonymousToken = (await (await anonymous.GetAsync("/api/auth/csrf")).JsonAsync()).GetProperty("csrfToken").GetString();
        var login = await (await anonymous.LoginRequestAsync("editor", AnshunSiteFactory.DemoPassword)).JsonAsync();

        anonymous.UseCsrf(anonymousToken);
        var stale = await anonymous.PostJsonAsync("/api/auth/logout");
        anonymous.UseCsrf(login.GetProperty("csrfToken").GetString());
        var fresh = await anonymous.PostJsonAsync("/api/auth/logout");

        Assert.Equal(HttpStatusCode.BadRequest, stale.StatusCode);
        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
    }

    [Fact]
    public async Task ABrowserFormPostWithoutTheAntiforgeryTokenIsRefused()
    {
        var admin = await site.LoginAsync("admin");
        admin.DefaultRequestHeaders.Remove(SiteClientExtensions.CsrfHeader);

        var response = await admin.PostAsync("/admin/users/create", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = "form_no_token",
            ["DisplayName"] = "无令牌",
            ["Password"] = "Form#Token2026",
        }));
        var list = await (await admin.GetAsync("/api/users?q=form_no_token")).JsonAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, list.GetProperty("total").GetInt32());
    }

    private static object NewUser(string userName) => new
    {
        userName,
        displayName = "防伪测试",
        password = "Csrf#Test2026",
        roles = new[] { "Staff" },
    };
}
