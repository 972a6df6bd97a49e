using System.Net;
using Anshun.Core.Audit;
using Anshun.Testing;

namespace Anshun.Users.Tests;

/// <summary>Password expiry, change and history through the API, and the pending-action gate.</summary>
public sealed class PasswordLifecycleTests
{
    private const string NewPassword = "Qingyun#2026a";

    [Fact]
    public async Task AnExpiredPasswordMustBeChangedBeforeAnythingElse()
    {
        await using var site = new DemoSite();
        await site.LoginAsync("admin");
        site.Time.Advance(TimeSpan.FromDays(91));
        var client = site.CreateAnonymousClient();

        var login = await client.LoginRequestAsync("admin", AnshunSiteFactory.AdminPassword, site.NextTotpCode("admin"));
        var body = await login.JsonAsync();
        client.UseCsrf(body.GetProperty("csrfToken").GetString());
        var blockedApi = await client.GetAsync("/api/users");
        var blockedPage = await client.GetAsync("/admin/users");
        var me = await (await client.GetAsync("/api/auth/me")).JsonAsync();

        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.Equal("changePassword", body.GetProperty("pendingAction").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, blockedApi.StatusCode);
        Assert.Contains("修改密码", (await blockedApi.JsonAsync()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.Redirect, blockedPage.StatusCode);
        Assert.Equal("/account/password", blockedPage.Headers.Location!.OriginalString);
        Assert.Equal(0, me.GetProperty("permissions").GetArrayLength());

        var changed = await client.PostJsonAsync("/api/auth/password", new { currentPassword = AnshunSiteFactory.AdminPassword, newPassword = NewPassword });
        var changedBody = await changed.JsonAsync();
        client.UseCsrf(changedBody.GetProperty("csrfToken").GetString());
        var open = await client.GetAsync("/api/users");

        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, changedBody.GetProperty("pendingAction").ValueKind);
        Assert.Equal(HttpStatusCode.OK, open.StatusCode);
    }

    [Fact]
    public async Task RecentPasswordsCannotBeReused()
    {
        await using var site = new DemoSite();
        var client = await site.LoginAsync("staff");

        var same = await client.PostJsonAsync("/api/auth/password", new { currentPassword = AnshunSiteFactory.DemoPassword, newPassword = AnshunSiteFactory.DemoPassword });
        var changed = await client.PostJsonAsync("/api/auth/password", new { currentPassword = AnshunSiteFactory.DemoPassword, newPassword = NewPassword });
        client.UseCsrf((await changed.JsonAsync()).GetProperty("csrfToken").GetString());
        var back = await client.PostJsonAsync("/api/auth/password", new { currentPassword = NewPassword, newPassword = AnshunSiteFactory.DemoPassword });

        Assert.Equal(HttpStatusCode.BadRequest, same.StatusCode);
        Assert.Contains("最近 5 次", (await same.JsonAsync()).Messages());
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, back.StatusCode);
        var problem = await back.JsonAsync();
        Assert.True(problem.HasFieldError("newPassword"));
        Assert.Contains("不能与最近 5 次使用过的密码相同", problem.Messages());
        var auditor = await site.LoginAsync("auditor");
        Assert.Single(await auditor.AuditAsync(AuditEventTypes.PasswordChanged, "staff"));
    }

    [Fact]
    public async Task PasswordChangeChecksTheCurrentPasswordAndThePolicy()
    {
        await using var site = new DemoSite();
        var client = await site.LoginAsync("staff");

        var wrongCurrent = await client.PostJsonAsync("/api/auth/password", new { currentPassword = "Nope#2026xx", newPassword = NewPassword });
        var weak = await client.PostJsonAsync("/api/auth/password", new { currentPassword = AnshunSiteFactory.DemoPassword, newPassword = "staff2026" });

        Assert.Equal(HttpStatusCode.BadRequest, wrongCurrent.StatusCode);
        Assert.True((await wrongCurrent.JsonAsync()).HasFieldError("currentPassword"));
        var messages = (await weak.JsonAsync()).Messages();
        Assert.Contains("至少 3 类", messages);
        Assert.Contains("不能包含用户名", messages);
    }

    [Fact]
    public async Task AnAdministratorResetForcesAChangeAtNextLogin()
    {
        await using var site = new DemoSite();
        var admin = await site.LoginAsync("admin");
        var staff = await site.LoginAsync("staff");
        var staffId = (await (await staff.GetAsync("/api/auth/me")).JsonAsync()).GetProperty("id").GetString();

        var reset = await admin.PostJsonAsync($"/api/users/{staffId}/reset-password", new { });
        var generated = (await reset.JsonAsync()).GetProperty("generatedPassword").GetString()!;
        var oldSession = await staff.GetAsync("/api/auth/me");
        var login = await site.CreateAnonymousClient().LoginRequestAsync("staff", generated);

        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, oldSession.StatusCode);
        Assert.Equal("changePassword", (await login.JsonAsync()).GetProperty("pendingAction").GetString());
    }
}
