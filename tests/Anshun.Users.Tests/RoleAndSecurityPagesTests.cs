using System.Net;
using Anshun.Core.Audit;
using Anshun.Testing;

namespace Anshun.Users.Tests;

/// <summary>角色权限 and 安全保密 pages.</summary>
public sealed class RoleAndSecurityPagesTests(DemoSite site) : IClassFixture<DemoSite>
{
    [Fact]
    public async Task RolePagesShowPermissionsGroupedWithTheirRemit()
    {
        var admin = await site.LoginAsync("admin");

        var list = await admin.GetStringAsync("/admin/roles");
        var create = await admin.GetStringAsync("/admin/roles/create");

        Assert.Contains("安全保密管理员", list);
        Assert.Contains("用户与权限", create);
        Assert.Contains("管理人员密级与解锁", create);
        Assert.Contains("badge text-bg-warning\">安全审计员", create);
    }

    [Fact]
    public async Task RoleFormRefusesMixingRemits()
    {
        var admin = await site.LoginAsync("admin");

        var response = await admin.PostAsync("/admin/roles/create", new FormUrlEncodedContent(
        [
            new("Name", "Mixed"),
            new("DisplayName", "混合角色"),
            new("Permissions", "Users.Manage"),
            new("Permissions", "Users.ManageSecurity"),
        ]));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("三员分立", html);
    }

    [Fact]
    public async Task SecurityAdministratorSavesThePolicyAndItIsAudited()
    {
        var secadmin = await site.LoginAsync("secadmin");

        var weak = await secadmin.PostAsync("/admin/security", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["MinimumLength"] = "6",
            ["RequiredCharacterClasses"] = "3",
            ["ExpiryDays"] = "90",
            ["HistoryCount"] = "5",
        }));
        var saved = await secadmin.PostAsync("/admin/security", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["MinimumLength"] = "8",
            ["RequiredCharacterClasses"] = "3",
            ["ExpiryDays"] = "60",
            ["HistoryCount"] = "5",
        }));
        var policy = await (await secadmin.GetAsync("/api/security/password-policy")).JsonAsync();

        Assert.Contains("密码最短长度应在 8 到 64 位之间。", await weak.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(60, policy.GetProperty("expiryDays").GetInt32());
        var auditor = await site.LoginAsync("auditor");
        Assert.NotEmpty(await auditor.AuditAsync(AuditEventTypes.SettingsChanged, "Security.PasswordPolicy"));
    }

    [Fact]
    public async Task SecurityUsersPageSetsClearanceAndIsAudited()
    {
        var secadmin = await site.LoginAsync("secadmin");
        var leaderId = (await (await secadmin.GetAsync("/api/users?q=leader")).JsonAsync()).GetProperty("items")[0].GetProperty("id").GetString();

        var page = await secadmin.GetStringAsync("/admin/security/users");
        var set = await secadmin.PostAsync($"/admin/security/users/{leaderId}/secret-level",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["secretLevel"] = "Confidential" }));
        var detail = await (await secadmin.GetAsync($"/api/users/{leaderId}")).JsonAsync();

        Assert.Contains("陈志远", page);
        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        Assert.Equal("Confidential", detail.GetProperty("secretLevel").GetString());
        var auditor = await site.LoginAsync("auditor");
        Assert.NotEmpty(await auditor.AuditAsync(AuditEventTypes.UserSecretLevelChanged, "leader"));
    }

    [Fact]
    public async Task SecurityAdministratorUnlocksALockedAccount()
    {
        var anonymous = site.CreateAnonymousClient();
        for (var i = 0; i < 5; i++)
        {
            await anonymous.LoginRequestAsync("czj_editor", "Wrong#Pass2026");
        }

        var secadmin = await site.LoginAsync("secadmin");
        var id = (await (await secadmin.GetAsync("/api/users?q=czj_editor")).JsonAsync()).GetProperty("items")[0].GetProperty("id").GetString();
        var locked = await site.CreateAnonymousClient().LoginRequestAsync("czj_editor", AnshunSiteFactory.DemoPassword);
        var unlock = await secadmin.PostJsonAsync($"/api/users/{id}/unlock");
        var after = await site.CreateAnonymousClient().LoginRequestAsync("czj_editor", AnshunSiteFactory.DemoPassword);

        Assert.Equal(HttpStatusCode.Locked, locked.StatusCode);
        Assert.Equal(HttpStatusCode.OK, unlock.StatusCode);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        var auditor = await site.LoginAsync("auditor");
        Assert.NotEmpty(await auditor.AuditAsync(AuditEventTypes.Unlocked, "czj_editor"));
    }
}
