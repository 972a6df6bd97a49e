using System.Net;
using System.Net.Http.Json;
using Anshun.Core.Audit;
using Anshun.Testing;

namespace Anshun.Users.Tests;

/// <summary><c>/api/users</c>: the system administrator's user management, validated like the UI, refused for everyone else.</summary>
public sealed class UserApiTests(DemoSite site) : IClassFixture<DemoSite>
{
    [Fact]
    public async Task AdministratorCreatesAUserWhoCanThenLogIn()
    {
        var admin = await site.LoginAsync("admin");

        var created = await admin.PostJsonAsync("/api/users", new
        {
            userName = "jyj_wang",
            displayName = "王芳",
            email = "wangfang@asjyj.gov.cn",
            officePhone = "0851-33226100",
            mobile = "13908530100",
            password = "Jiaoyu#2026a",
            roles = new[] { "Staff" },
            units = new[] { new { unit = "JYJ", position = "科员", primary = true } },
            leader = "leader",
        });
        var body = await created.JsonAsync();
        var login = await site.CreateAnonymousClient().LoginRequestAsync("jyj_wang", "Jiaoyu#2026a");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("王芳", body.GetProperty("displayName").GetString());
        Assert.Equal("JYJ", body.GetProperty("units")[0].GetProperty("code").GetString());
        Assert.Equal("科员", body.GetProperty("units")[0].GetProperty("position").GetString());
        Assert.Equal("leader", body.GetProperty("leader").GetProperty("userName").GetString());
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        var auditor = await site.LoginAsync("auditor");
        Assert.Single(await auditor.AuditAsync(AuditEventTypes.UserCreated, "jyj_wang"));
    }

    [Theory]
    [InlineData("userName", "")]
    [InlineData("userName", "有中文")]
    [InlineData("userName", "staff")]
    [InlineData("displayName", "")]
    [InlineData("email", "not-an-email")]
    [InlineData("mobile", "12345")]
    [InlineData("password", "short")]
    [InlineData("roles", "NoSuchRole")]
    [InlineData("units", "NOSUCHUNIT")]
    [InlineData("leader", "nobody")]
    public async Task BadInputIsRefusedNamingTheFieldAndNothingIsSaved(string field, string value)
    {
        var admin = await site.LoginAsync("admin");
        var input = new Dictionary<string, object?>
        {
            ["userName"] = "bad_" + field.ToLowerInvariant(),
            ["displayName"] = "测试",
            ["password"] = "Valid#Pass2026",
            ["roles"] = new[] { "Staff" },
        };
        input[field] = field switch
        {
            "roles" => new[] { value },
            "units" => new[] { new { unit = value, position = "科员", primary = true } },
            _ => value,
        };

        var response = await admin.PostAsJsonAsync("/api/users", input);
        var problem = await response.JsonAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(problem.HasFieldError(field), problem.ToString());
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", problem.Messages());
        if (field != "userName")
        {
            Assert.Equal(0, (await (await admin.GetAsync($"/api/users?q=bad_{field.ToLowerInvariant()}")).JsonAsync()).GetProperty("total").GetInt32());
        }
    }

    [Fact]
    public async Task EditMoveDisableAndEnable()
    {
        var admin = await site.LoginAsync("admin");
        var id = (await (await admin.PostJsonAsync("/api/users", new
        {
            userName = "czj_li",
            displayName = "李强",
            password = "Caizheng#2026",
            roles = new[] { "Staff" },
            units = new[] { new { unit = "CZJ", position = "科员", primary = true } },
        })).JsonAsync()).GetProperty("id").GetString();
        var session = await site.LoginAsync("czj_li", "Caizheng#2026");

        var edited = await admin.PutAsJsonAsync($"/api/users/{id}", new { displayName = "李强强", roles = new[] { "Staff", "DepartmentEditor" }, units = new[] { new { unit = "CZJ", position = "副科长", primary = true } } });
        var moved = await admin.PostJsonAsync($"/api/users/{id}/move", new { units = new[] { new { unit = "JYJ", position = "科员", primary = true } } });
        var disabled = await admin.PostJsonAsync($"/api/users/{id}/disable");
        var sessionAfterDisable = await session.GetAsync("/api/auth/me");
        var loginWhileDisabled = await site.CreateAnonymousClient().LoginRequestAsync("czj_li", "Caizheng#2026");
        var enabled = await admin.PostJsonAsync($"/api/users/{id}/enable");
        var loginAgain = await site.CreateAnonymousClient().LoginRequestAsync("czj_li", "Caizheng#2026");

        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        Assert.Equal("李强强", (await edited.JsonAsync()).GetProperty("displayName").GetString());
        Assert.Equal(2, (await edited.JsonAsync()).GetProperty("roles").GetArrayLength());
        Assert.Equal("JYJ", (await moved.JsonAsync()).GetProperty("units")[0].GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.OK, disabled.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, sessionAfterDisable.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, loginWhileDisabled.StatusCode);
        Assert.Contains("停用", (await loginWhileDisabled.JsonAsync()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
        Assert.Equal(HttpStatusCode.OK, loginAgain.StatusCode);
        var auditor = await site.LoginAsync("auditor");
        Assert.NotEmpty(await auditor.AuditAsync(AuditEventTypes.UserMoved, "czj_li"));
        Assert.NotEmpty(await auditor.AuditAsync(AuditEventTypes.UserRolesChanged, "czj_li"));
        Assert.NotEmpty(await auditor.AuditAsync(AuditEventTypes.UserDisabled, "czj_li"));
    }

    [Fact]
    public async Task ListSearchesByNameAndUnitAndFiltersByUnitTree()
    {
        var admin = await site.LoginAsync("admin");

        var byName = await (await admin.GetAsync("/api/users?q=杨帆")).JsonAsync();
        var byUnitName = await (await admin.GetAsync("/api/users?q=" + Uri.EscapeDataString("财政局"))).JsonAsync();
        var byUnit = await (await admin.GetAsync("/api/users?unit=JYJ&pageSize=100")).JsonAsync();

        Assert.Equal("staff", byName.GetProperty("items")[0].GetProperty("userName").GetString());
        Assert.Contains(byUnitName.GetProperty("items").EnumerateArray(), u => u.GetProperty("userName").GetString() == "czj_editor");
        var inJyj = byUnit.GetProperty("items").EnumerateArray().Select(u => u.GetProperty("userName").GetString()).ToList();
        Assert.Contains("staff", inJyj);
        Assert.Contains("jyj_editor", inJyj);
        Assert.DoesNotContain("czj_editor", inJyj);
    }

    [Fact]
    public async Task AnAdministratorCannotDisableThemselves()
    {
        var admin = await site.LoginAsync("admin");
        var me = (await (await admin.GetAsync("/api/auth/me")).JsonAsync()).GetProperty("id").GetString();

        var response = await admin.PostJsonAsync($"/api/users/{me}/disable");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("不能停用自己的账号", (await response.JsonAsync()).Messages());
    }

    [Fact]
    public async Task MissingUsersAre404()
    {
        var admin = await site.LoginAsync("admin");

        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/users/no-such-id")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostJsonAsync("/api/users/no-such-id/disable")).StatusCode);
    }

    [Theory]
    [InlineData("GET", "/api/users")]
    [InlineData("POST", "/api/users")]
    [InlineData("GET", "/api/users/x")]
    [InlineData("PUT", "/api/users/x")]
    [InlineData("POST", "/api/users/x/disable")]
    [InlineData("POST", "/api/users/x/enable")]
    [InlineData("POST", "/api/users/x/reset-password")]
    [InlineData("POST", "/api/users/x/move")]
    [InlineData("PUT", "/api/users/x/secret-level")]
    [InlineData("POST", "/api/users/x/unlock")]
    [InlineData("POST", "/api/users/x/reset-totp")]
    [InlineData("GET", "/api/roles")]
    [InlineData("POST", "/api/roles")]
    [InlineData("PUT", "/api/roles/x")]
    [InlineData("DELETE", "/api/roles/x")]
    [InlineData("GET", "/api/permissions")]
    [InlineData("GET", "/api/security/password-policy")]
    [InlineData("PUT", "/api/security/password-policy")]
    public async Task StaffIsRefusedEveryAdministrativeEndpoint(string method, string url)
    {
        var staff = await site.LoginAsync("staff");

        var response = await staff.SendAsync(new HttpRequestMessage(new HttpMethod(method), url)
        {
            Content = method == "GET" || method == "DELETE" ? null : JsonContent.Create(new { }),
        });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
