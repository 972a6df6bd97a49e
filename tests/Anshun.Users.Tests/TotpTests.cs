using System.Net;
using Anshun.Core.Audit;
using Anshun.Testing;

namespace Anshun.Users.Tests;

/// <summary>动态口令: mandatory for the 三员 administrators, optional for others, reset by the 安全保密管理员.</summary>
public sealed class TotpTests
{
    [Fact]
    public async Task AdministratorsMustEnrolBeforeUsingTheSystem()
    {
        await using var site = new DemoSite();
        var client = site.CreateAnonymousClient();

        var login = await client.LoginRequestAsync("secadmin", AnshunSiteFactory.DemoPassword);
        var body = await login.JsonAsync();
        client.UseCsrf(body.GetProperty("csrfToken").GetString());
        var key = body.GetProperty("totp").GetProperty("sharedKey").GetString()!;
        var blocked = await client.GetAsync("/api/users");
        var wrong = await client.PostJsonAsync("/api/auth/totp/enroll", new { code = WrongCode(key, site) });
        var enrolled = await client.PostJsonAsync("/api/auth/totp/enroll", new { code = Totp.Code(key, site.Time.GetUtcNow()) });
        client.UseCsrf((await enrolled.JsonAsync()).GetProperty("csrfToken").GetString());
        var open = await client.GetAsync("/api/users");

        Assert.Equal("enrollTotp", body.GetProperty("pendingAction").GetString());
        Assert.StartsWith("otpauth://totp/", body.GetProperty("totp").GetProperty("authenticatorUri").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, blocked.StatusCode);
        Assert.Contains("动态口令", (await blocked.JsonAsync()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.OK, enrolled.StatusCode);
        Assert.Equal(HttpStatusCode.OK, open.StatusCode);
        var auditor = await site.LoginAsync("auditor");
        Assert.NotEmpty(await auditor.AuditAsync(AuditEventTypes.TwoFactorEnabled, "secadmin"));
    }

    [Fact]
    public async Task AfterEnrolmentEveryLoginNeedsAFreshValidCode()
    {
        await using var site = new DemoSite();
        var client = site.CreateAnonymousClient();
        var login = await (await client.LoginRequestAsync("auditor", AnshunSiteFactory.DemoPassword)).JsonAsync();
        var key = login.GetProperty("totp").GetProperty("sharedKey").GetString()!;
        client.UseCsrf(login.GetProperty("csrfToken").GetString());
        var usedCode = Totp.Code(key, site.Time.GetUtcNow());
        Assert.Equal(HttpStatusCode.OK, (await client.PostJsonAsync("/api/auth/totp/enroll", new { code = usedCode })).StatusCode);

        var noCode = await site.CreateAnonymousClient().LoginRequestAsync("auditor", AnshunSiteFactory.DemoPassword);
        var wrongCode = await site.CreateAnonymousClient().LoginRequestAsync("auditor", AnshunSiteFactory.DemoPassword, WrongCode(key, site));
        var replayed = await site.CreateAnonymousClient().LoginRequestAsync("auditor", AnshunSiteFactory.DemoPassword, usedCode);
        site.Time.Advance(TimeSpan.FromSeconds(Totp.StepSeconds));
        var fresh = await site.CreateAnonymousClient().LoginRequestAsync("auditor", AnshunSiteFactory.DemoPassword, Totp.Code(key, site.Time.GetUtcNow()));

        Assert.Equal(HttpStatusCode.Unauthorized, noCode.StatusCode);
        Assert.True((await noCode.JsonAsync()).GetProperty("codeRequired").GetBoolean());
        Assert.Equal(HttpStatusCode.Unauthorized, wrongCode.StatusCode);
        Assert.True((await wrongCode.JsonAsync()).GetProperty("codeRequired").GetBoolean());
        Assert.Equal(HttpStatusCode.Unauthorized, replayed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, (await fresh.JsonAsync()).GetProperty("pendingAction").ValueKind);
    }

    [Fact]
    public async Task WrongCodesCountTowardLockout()
    {
        await using var site = new DemoSite();
        var key = await EnrolAsync(site, "auditor");

        for (var i = 0; i < 4; i++)
        {
            var refused = await site.CreateAnonymousClient().LoginRequestAsync("auditor", AnshunSiteFactory.DemoPassword, WrongCode(key, site));
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        }

        var fifth = await site.CreateAnonymousClient().LoginRequestAsync("auditor", AnshunSiteFactory.DemoPassword, WrongCode(key, site));
        site.Time.Advance(TimeSpan.FromSeconds(Totp.StepSeconds));
        var locked = await site.CreateAnonymousClient().LoginRequestAsync("auditor", AnshunSiteFactory.DemoPassword, Totp.Code(key, site.Time.GetUtcNow()));

        Assert.Equal(HttpStatusCode.Locked, fifth.StatusCode);
        Assert.Equal(HttpStatusCode.Locked, locked.StatusCode);
    }

    [Fact]
    public async Task SecurityAdministratorResetsTotpAndTheOwnerEnrolsAgain()
    {
        await using var site = new DemoSite();
        var admin = await site.LoginAsync("admin");
        var secadmin = await site.LoginAsync("secadmin");
        var adminId = (await (await admin.GetAsync("/api/auth/me")).JsonAsync()).GetProperty("id").GetString();

        var reset = await secadmin.PostJsonAsync($"/api/users/{adminId}/reset-totp");
        var oldSession = await admin.GetAsync("/api/auth/me");
        site.ForgetTotp("admin");
        var login = await (await site.CreateAnonymousClient().LoginRequestAsync("admin", AnshunSiteFactory.AdminPassword)).JsonAsync();

        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, oldSession.StatusCode);
        Assert.Equal("enrollTotp", login.GetProperty("pendingAction").GetString());
        var auditor = await site.LoginAsync("auditor");
        Assert.NotEmpty(await auditor.AuditAsync(AuditEventTypes.TwoFactorReset, "admin"));
    }

    [Fact]
    public async Task OrdinaryUsersMayEnableTotpAndDisableItAgain()
    {
        await using var site = new DemoSite();
        var staff = await site.LoginAsync("staff");

        var setup = await (await staff.GetAsync("/api/auth/totp")).JsonAsync();
        var key = setup.GetProperty("sharedKey").GetString()!;
        var enrolled = await staff.PostJsonAsync("/api/auth/totp/enroll", new { code = Totp.Code(key, site.Time.GetUtcNow()) });
        var noCode = await site.CreateAnonymousClient().LoginRequestAsync("staff", AnshunSiteFactory.DemoPassword);

        Assert.False(setup.GetProperty("required").GetBoolean());
        Assert.False(setup.GetProperty("enabled").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, enrolled.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, noCode.StatusCode);
        Assert.True((await noCode.JsonAsync()).GetProperty("codeRequired").GetBoolean());
    }

    private static async Task<string> EnrolAsync(AnshunSiteFactory site, string userName)
    {
        var client = site.CreateAnonymousClient();
        var login = await (await client.LoginRequestAsync(userName, AnshunSiteFactory.DemoPassword)).JsonAsync();
        var key = login.GetProperty("totp").GetProperty("sharedKey").GetString()!;
        client.UseCsrf(login.GetProperty("csrfToken").GetString());
        var enrolled = await client.PostJsonAsync("/api/auth/totp/enroll", new { code = Totp.Code(key, site.Time.GetUtcNow()) });
        Assert.Equal(HttpStatusCode.OK, enrolled.StatusCode);
        return key;
    }

    private static string WrongCode(string key, AnshunSiteFactory site)
    {
        var now = Totp.StepAt(site.Time.GetUtcNow());
        var valid = new[] { now - 1, now, now + 1 }.Select(step => Totp.Code(key, step)).ToHashSet();
        return Enumerable.Range(0, 10).Select(d => new string((char)('0' + d), 6)).First(c => !valid.Contains(c));
    }
}
