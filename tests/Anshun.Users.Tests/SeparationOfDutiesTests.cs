using System.Net;
using System.Net.Http.Json;
using Anshun.Testing;

namespace Anshun.Users.Tests;

/// <summary>三员分立 enforced by the server: each administrator is refused outside its remit, and remits never combine.</summary>
public sealed class SeparationOfDutiesTests(DemoSite site) : IClassFixture<DemoSite>
{
    [Fact]
    public async Task SystemAdministratorManagesUsersButCannotReadAuditOrSecurity()
    {
        var admin = await site.LoginAsync("admin");

        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/users")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/roles")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/admin/users")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.GetAsync("/api/audit")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.GetAsync("/api/security/password-policy")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.PostJsonAsync($"/api/users/{await IdOfAsync(admin, "staff")}/unlock")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.PutAsJsonAsync($"/api/users/{await IdOfAsync(admin, "staff")}/secret-level", new { secretLevel = "Secret" })).StatusCode);
        AssertAccessDenied(await admin.GetAsync("/admin/security"));
        AssertAccessDenied(await admin.GetAsync("/admin/security/users"));
        AssertAccessDenied(await admin.GetAsync("/admin/audit"));
    }

    [Fact]
    public async Task SecurityAdministratorSetsClearancesButCannotManageUsersOrRoles()
    {
        var secadmin = await site.LoginAsync("secadmin");
        var staffId = await IdOfAsync(secadmin, "staff");

        Assert.Equal(HttpStatusCode.OK, (await secadmin.PutAsJsonAsync($"/api/users/{staffId}/secret-level", new { secretLevel = "Internal" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await secadmin.GetAsync("/api/security/password-policy")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await secadmin.GetAsync("/admin/security/users")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await secadmin.PostJsonAsync("/api/users", new { userName = "sec_made", displayName = "越权", password = "Sec#Made2026", roles = new[] { "Staff" } })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await secadmin.PostJsonAsync($"/api/users/{staffId}/disable")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await secadmin.GetAsync("/api/roles")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await secadmin.PostJsonAsync("/api/roles", new { name = "SecMade", displayName = "越权角色" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await secadmin.GetAsync("/api/audit")).StatusCode);
        AssertAccessDenied(await secadmin.GetAsync("/admin/users"));
        AssertAccessDenied(await secadmin.GetAsync("/admin/roles"));
    }

    [Fact]
    public async Task SecurityAuditorOnlyReadsTheAuditLog()
    {
        var auditor = await site.LoginAsync("auditor");

        Assert.Equal(HttpStatusCode.OK, (await auditor.GetAsync("/api/audit")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.GetAsync("/api/users")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.GetAsync("/api/roles")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.GetAsync("/api/security/password-policy")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.PostJsonAsync("/api/users", new { userName = "aud_made" })).StatusCode);
        AssertAccessDenied(await auditor.GetAsync("/admin/users"));
        AssertAccessDenied(await auditor.GetAsync("/admin/security"));
    }

    [Fact]
    public async Task NoAccountMayHoldTwoAdministratorRoles()
    {
        var admin = await site.LoginAsync("admin");

        var created = await admin.PostJsonAsync("/api/users", new
        {
            userName = "two_hats",
            displayName = "两顶帽子",
            password = "TwoHats#2026",
            roles = new[] { "SystemAdministrator", "SecurityAuditor" },
        });
        var auditorId = await IdOfAsync(admin, "auditor");
        var promoted = await admin.PutAsJsonAsync($"/api/users/{auditorId}", new { displayName = "赵审计", roles = new[] { "SecurityAuditor", "SecurityAdministrator" } });

        Assert.Equal(HttpStatusCode.BadRequest, created.StatusCode);
        var problem = await created.JsonAsync();
        Assert.True(problem.HasFieldError("roles"));
        Assert.Contains("三员分立", problem.Messages());
        Assert.Equal(0, (await (await admin.GetAsync("/api/users?q=two_hats")).JsonAsync()).GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.BadRequest, promoted.StatusCode);
    }

    [Fact]
    public async Task ARoleMayNotMixRemitsNorGiveAMemberASecondRemit()
    {
        var admin = await site.LoginAsync("admin");

        var mixed = await admin.PostJsonAsync("/api/roles", new { name = "SuperAdmin", displayName = "超级管理员", permissions = new[] { "Users.Manage", "Audit.Read" } });
        var staffRole = (await (await admin.GetAsync("/api/roles")).JsonAsync()).EnumerateArray().Single(r => r.GetProperty("name").GetString() == "Leader");
        var widened = await admin.PutAsJsonAsync($"/api/roles/{staffRole.GetProperty("id").GetString()}", new
        {
            name = "Leader",
            displayName = "领导",
            permissions = new[] { "Audit.Read" },
        });

        Assert.Equal(HttpStatusCode.BadRequest, mixed.StatusCode);
        Assert.Contains("三员分立", (await mixed.JsonAsync()).Messages());
        Assert.Equal(HttpStatusCode.OK, widened.StatusCode); // leader holds no other remit
        var narrowed = await admin.PutAsJsonAsync($"/api/roles/{staffRole.GetProperty("id").GetString()}", new { name = "Leader", displayName = "领导", permissions = Array.Empty<string>() });
        Assert.Equal(HttpStatusCode.OK, narrowed.StatusCode);
    }

    [Fact]
    public async Task WideningARoleIsRefusedWhenAMemberWouldHoldTwoRemits()
    {
        var admin = await site.LoginAsync("admin");
        var created = await admin.PostJsonAsync("/api/roles", new { name = "AdminHelper", displayName = "管理助理", permissions = Array.Empty<string>() });
        var roleId = (await created.JsonAsync()).GetProperty("id").GetString();
        var made = await admin.PostJsonAsync("/api/users", new
        {
            userName = "helper_sys",
            displayName = "系统助理",
            password = "Helper#2026x",
            roles = new[] { "SystemAdministrator", "AdminHelper" },
        });

        var widened = await admin.PutAsJsonAsync($"/api/roles/{roleId}", new { name = "AdminHelper", displayName = "管理助理", permissions = new[] { "Audit.Read" } });

        Assert.Equal(HttpStatusCode.Created, made.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, widened.StatusCode);
        Assert.Contains("系统助理", (await widened.JsonAsync()).Messages());
    }

    private static async Task<string> IdOfAsync(HttpClient client, string userName)
    {
        var list = await (await client.GetAsync($"/api/users?q={userName}")).JsonAsync();
        return list.GetProperty("items").EnumerateArray().Single(u => u.GetProperty("userName").GetString() == userName).GetProperty("id").GetString()!;
    }

    private static void AssertAccessDenied(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/access-denied", response.Headers.Location!.OriginalString.Replace("http://localhost", "", StringComparison.Ordinal));
    }
}
