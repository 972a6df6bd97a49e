using System.Net;
using Anshun.Core.Audit;
using Anshun.Core.Time;
using Anshun.Testing;

namespace Anshun.Users.Tests;

/// <summary>Login, lockout, idle timeout and answers of the login API; each test on its own site where the clock moves.</summary>
public sealed class LoginApiTests(DemoSite shared) : IClassFixture<DemoSite>
{
    private const string WrongPassword = "Wrong#Pass2026";

    [Fact]
    public async Task LoginSucceedsAndReturnsTheContract()
    {
        var client = shared.CreateAnonymousClient();

        var response = await client.LoginRequestAsync("staff", AnshunSiteFactory.DemoPassword);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.Equal("staff", body.GetProperty("userName").GetString());
        Assert.Equal("杨帆", body.GetProperty("displayName").GetString());
        Assert.False(string.IsNullOrEmpty(body.GetProperty("csrfToken").GetString()));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, body.GetProperty("pendingAction").ValueKind);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("Anshun.Auth=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task MalformedJsonGetsAChineseProblem()
    {
        var client = shared.CreateAnonymousClient();

        var response = await client.PostAsync("/api/auth/login",
            new StringContent("{\"userName\":", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("请求内容不是有效的 JSON，请检查后重新提交。", (await response.JsonAsync()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task WrongPasswordAndUnknownUserGet401InChinese()
    {
        var client = shared.CreateAnonymousClient();

        var wrong = await client.LoginRequestAsync("editor", WrongPassword);
        var unknown = await client.LoginRequestAsync("nobody", WrongPassword);

        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        Assert.Equal("用户名或密码错误。", (await wrong.JsonAsync()).GetProperty("detail").GetString());
        Assert.Equal("用户名或密码错误。", (await unknown.JsonAsync()).GetProperty("detail").GetString());
        var auditor = await shared.LoginAsync("auditor");
        Assert.NotEmpty(await auditor.AuditAsync(AuditEventTypes.LoginFailed, "editor"));
    }

    [Fact]
    public async Task EmptyFieldsAreRefusedNamingTheField()
    {
        var response = await shared.CreateAnonymousClient().LoginRequestAsync("", "");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.JsonAsync();
        Assert.True(problem.HasFieldError("userName"));
        Assert.True(problem.HasFieldError("password"));
    }

    [Fact]
    public async Task FiveFailuresLockTheAccountForFifteenMinutes()
    {
        await using var site = new DemoSite();
        var client = site.CreateAnonymousClient();
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.LoginRequestAsync("staff", WrongPassword)).StatusCode);
        }

        var lockEnd = ChinaTime.Format(site.Time.GetUtcNow().UtcDateTime.AddMinutes(15));
        var fifth = await client.LoginRequestAsync("staff", WrongPassword);
        var whileLocked = await client.LoginRequestAsync("staff", AnshunSiteFactory.DemoPassword);
        site.Time.Advance(TimeSpan.FromMinutes(14));
        var stillLocked = await client.LoginRequestAsync("staff", AnshunSiteFactory.DemoPassword);
        site.Time.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
        var afterwards = await client.LoginRequestAsync("staff", AnshunSiteFactory.DemoPassword);

        Assert.Equal(HttpStatusCode.Locked, fifth.StatusCode);
        Assert.Equal(HttpStatusCode.Locked, whileLocked.StatusCode);
        var detail = (await whileLocked.JsonAsync()).GetProperty("detail").GetString()!;
        Assert.Contains("账号已锁定", detail);
        Assert.Contains($"北京时间 {lockEnd}", detail);
        Assert.Equal(HttpStatusCode.Locked, stillLocked.StatusCode);
        Assert.Equal(HttpStatusCode.OK, afterwards.StatusCode);

        var auditor = await site.LoginAsync("auditor");
        Assert.Single(await auditor.AuditAsync(AuditEventTypes.LockedOut, "staff"));
        Assert.True((await auditor.AuditAsync(AuditEventTypes.LoginFailed, "staff")).Count >= 6);
        Assert.NotEmpty(await auditor.AuditAsync(AuditEventTypes.LoginSucceeded, "staff"));
    }

    [Fact]
    public async Task ASuccessfulLoginResetsTheFailureCount()
    {
        await using var site = new DemoSite();
        var client = site.CreateAnonymousClient();
        for (var i = 0; i < 4; i++)
        {
            await client.LoginRequestAsync("editor", WrongPassword);
        }

        Assert.Equal(HttpStatusCode.OK, (await client.LoginRequestAsync("editor", AnshunSiteFactory.DemoPassword)).StatusCode);
        var other = site.CreateAnonymousClient();
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await other.LoginRequestAsync("editor", WrongPassword)).StatusCode);
        }
    }

    [Fact]
    public async Task IdleSessionsEndAfterThirtyMinutes()
    {
        await using var site = new DemoSite();
        var client = await site.LoginAsync("staff");

        site.Time.Advance(TimeSpan.FromMinutes(20));
        var active = await client.GetAsync("/api/auth/me");
        site.Time.Advance(TimeSpan.FromMinutes(20));
        var stillActive = await client.GetAsync("/api/auth/me");
        site.Time.Advance(TimeSpan.FromMinutes(31));
        var idle = await client.GetAsync("/api/auth/me");

        Assert.Equal(HttpStatusCode.OK, active.StatusCode);
        Assert.Equal(HttpStatusCode.OK, stillActive.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, idle.StatusCode);
        Assert.Contains("登录", (await idle.JsonAsync()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task ApiAnswers401WhereTheBrowserIsRedirectedToLogin()
    {
        var client = shared.CreateAnonymousClient();

        var api = await client.GetAsync("/api/users");
        var page = await client.GetAsync("/admin/users");

        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/login", page.Headers.Location!.OriginalString.Replace("http://localhost", "", StringComparison.Ordinal));
    }

    [Fact]
    public async Task LogoutEndsTheSession()
    {
        var client = await shared.LoginAsync("editor");

        var logout = await client.PostJsonAsync("/api/auth/logout");
        var after = await client.GetAsync("/api/auth/me");

        Assert.Equal(HttpStatusCode.OK, logout.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        var auditor = await shared.LoginAsync("auditor");
        Assert.NotEmpty(await auditor.AuditAsync(AuditEventTypes.Logout, "editor"));
    }

    [Fact]
    public async Task LoginAttemptsAreThrottledPerAddress()
    {
        await using var site = new DemoSite();
        site.Settings["Anshun:Users:LoginThrottle:PermitLimit"] = "3";
        var client = site.CreateAnonymousClient();

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.LoginRequestAsync("staff", WrongPassword)).StatusCode);
        }

        var throttled = await client.LoginRequestAsync("staff", AnshunSiteFactory.DemoPassword);
        var page = await client.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = "staff",
            ["Password"] = AnshunSiteFactory.DemoPassword,
        }));

        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
        Assert.Equal("登录尝试过于频繁，请稍后再试。", (await throttled.JsonAsync()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.TooManyRequests, page.StatusCode);
    }
}
