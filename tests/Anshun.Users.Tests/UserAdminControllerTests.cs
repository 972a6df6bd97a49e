using System.Net;
using Anshun.Testing;

namespace Anshun.Users.Tests;

/// <summary>用户管理 pages: list, create with Chinese field errors, reset password; refused outside the remit.</summary>
public sealed class UserAdminControllerTests(DemoSite site) : IClassFixture<DemoSite>
{
    [Fact]
    public async Task ListShowsUsersWithTheirUnits()
    {
        var admin = await site.LoginAsync("admin");

        var html = await admin.GetStringAsync("/admin/users?q=" + Uri.EscapeDataString("教育局"));

        Assert.Contains("杨帆", html);
        Assert.Contains("基础教育科科员", html);
        Assert.DoesNotContain("张丽", html);
    }

    [Fact]
    public async Task CreateFormShowsChineseErrorsNamingTheFieldAndSavesNothing()
    {
        var admin = await site.LoginAsync("admin");

        var response = await admin.PostAsync("/admin/users/create", Form(new()
        {
            ["UserName"] = "ui_bad",
            ["DisplayName"] = "",
            ["Password"] = "ui_bad123",
            ["Mobile"] = "123",
        }));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("请填写姓名。", html);
        Assert.Contains("手机号码应为以 1 开头的 11 位数字。", html);
        Assert.Contains("密码不能包含用户名。", html);
        Assert.Equal(0, (await (await admin.GetAsync("/api/users?q=ui_bad")).JsonAsync()).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task CreateFormSavesAUserWithUnitsAndRoles()
    {
        var admin = await site.LoginAsync("admin");
        var unitId = (await (await admin.GetAsync("/api/users?q=staff")).JsonAsync()).GetProperty("items")[0].GetProperty("id").GetString();
        var staff = await (await admin.GetAsync($"/api/users/{unitId}")).JsonAsync();
        var jyj = staff.GetProperty("units")[0].GetProperty("unitId").GetString()!;

        var response = await admin.PostAsync("/admin/users/create", Form(new()
        {
            ["UserName"] = "ui_good",
            ["DisplayName"] = "界面用户",
            ["Password"] = "Jiemian#2026",
            ["Roles"] = "Staff",
            ["Units[0].Unit"] = jyj,
            ["Units[0].Position"] = "科员",
            ["PrimaryIndex"] = "0",
            ["Leader"] = "leader",
        }));
        var saved = await (await admin.GetAsync("/api/users?q=ui_good")).JsonAsync();

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(1, saved.GetProperty("total").GetInt32());
        Assert.Equal("科员", saved.GetProperty("items")[0].GetProperty("position").GetString());
    }

    [Fact]
    public async Task TheFormCarriesItsOwnAntiforgeryToken()
    {
        var admin = await site.LoginAsync("admin");
        admin.DefaultRequestHeaders.Remove(SiteClientExtensions.CsrfHeader);
        var token = await admin.GetFormTokenAsync("/admin/users/create");

        var response = await admin.PostAsync("/admin/users/create", Form(new()
        {
            ["__RequestVerificationToken"] = token,
            ["UserName"] = "ui_token",
            ["DisplayName"] = "表单令牌",
            ["Password"] = "Biaodan#2026",
            ["Roles"] = "Staff",
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(1, (await (await admin.GetAsync("/api/users?q=ui_token")).JsonAsync()).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task ResetPasswordShowsTheGeneratedPasswordOnce()
    {
        var admin = await site.LoginAsync("admin");
        var id = (await (await admin.PostJsonAsync("/api/users", new { userName = "ui_reset", displayName = "重置", password = "Chongzhi#2026", roles = new[] { "Staff" } })).JsonAsync())
            .GetProperty("id").GetString();

        var form = await admin.GetStringAsync($"/admin/users/{id}/reset-password");
        var response = await admin.PostAsync($"/admin/users/{id}/reset-password", Form(new() { ["Password"] = "" }));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains("留空则由系统生成", form);
        Assert.Contains("只显示这一次", html);
    }

    [Fact]
    public async Task EditAndMovePagesRender()
    {
        var admin = await site.LoginAsync("admin");
        var id = (await (await admin.GetAsync("/api/users?q=jyj_editor")).JsonAsync()).GetProperty("items")[0].GetProperty("id").GetString();

        var edit = await admin.GetStringAsync($"/admin/users/{id}/edit");
        var move = await admin.GetStringAsync($"/admin/users/{id}/move");

        Assert.Contains("李明", edit);
        Assert.Contains("办公室信息员", edit);
        Assert.Contains("三员分立", edit);
        Assert.Contains("办公室信息员", move);
    }

    [Fact]
    public async Task EditorIsRefusedTheUserPages()
    {
        var editor = await site.LoginAsync("editor");

        var list = await editor.GetAsync("/admin/users");
        var create = await editor.PostAsync("/admin/users/create", Form(new() { ["UserName"] = "by_editor" }));

        Assert.Equal(HttpStatusCode.Redirect, list.StatusCode);
        Assert.StartsWith("/access-denied", list.Headers.Location!.PathAndQueryOrOriginal());
        Assert.Equal(HttpStatusCode.Redirect, create.StatusCode);
    }

    [Fact]
    public async Task AdminMenuShowsEachAdministratorOnlyTheirEntries()
    {
        var admin = await (await site.LoginAsync("admin")).GetStringAsync("/admin");
        var secadmin = await (await site.LoginAsync("secadmin")).GetStringAsync("/admin");

        Assert.Contains("/admin/users", admin);
        Assert.Contains("/admin/roles", admin);
        Assert.DoesNotContain("/admin/security/users", admin);
        Assert.Contains("/admin/security/users", secadmin);
        Assert.Contains("安全策略", secadmin);
        Assert.DoesNotContain("/admin/users\"", secadmin);
    }

    public static FormUrlEncodedContent Form(Dictionary<string, string> fields) => new(fields);
}
