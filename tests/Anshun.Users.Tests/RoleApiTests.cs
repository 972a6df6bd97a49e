using System.Net;
using System.Net.Http.Json;
using Anshun.Core.Audit;
using Anshun.Testing;

namespace Anshun.Users.Tests;

/// <summary><c>/api/roles</c> and <c>/api/permissions</c>: the role editor's API.</summary>
public sealed class RoleApiTests(DemoSite site) : IClassFixture<DemoSite>
{
    [Fact]
    public async Task PermissionsListCarriesEachRemit()
    {
        var admin = await site.LoginAsync("admin");

        var permissions = (await (await admin.GetAsync("/api/permissions")).JsonAsync()).EnumerateArray().ToList();

        Assert.Equal("System", permissions.Single(p => p.GetProperty("name").GetString() == "Users.Manage").GetProperty("remit").GetString());
        Assert.Equal("Security", permissions.Single(p => p.GetProperty("name").GetString() == "Users.ManageSecurity").GetProperty("remit").GetString());
        Assert.Equal("Audit", permissions.Single(p => p.GetProperty("name").GetString() == "Audit.Read").GetProperty("remit").GetString());
    }

    [Fact]
    public async Task CreateEditAndDeleteARole()
    {
        var admin = await site.LoginAsync("admin");

        var created = await admin.PostJsonAsync("/api/roles", new { name = "Archivist", displayName = "档案员", description = "管理档案", permissions = new[] { "Admin.Access" } });
        var id = (await created.JsonAsync()).GetProperty("id").GetString();
        var edited = await admin.PutAsJsonAsync($"/api/roles/{id}", new { name = "Archivist", displayName = "档案管理员", permissions = Array.Empty<string>() });
        var deleted = await admin.DeleteAsync($"/api/roles/{id}");
        var gone = await admin.GetAsync($"/api/roles/{id}");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("档案管理员", (await edited.JsonAsync()).GetProperty("displayName").GetString());
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        var auditor = await site.LoginAsync("auditor");
        Assert.Single(await auditor.AuditAsync(AuditEventTypes.RoleCreated, "Archivist"));
        Assert.Single(await auditor.AuditAsync(AuditEventTypes.RoleDeleted, "Archivist"));
    }

    [Fact]
    public async Task BuiltInAndUsedRolesCannotBeDeleted()
    {
        var admin = await site.LoginAsync("admin");
        var roles = (await (await admin.GetAsync("/api/roles")).JsonAsync()).EnumerateArray().ToList();
        var staffRole = roles.Single(r => r.GetProperty("name").GetString() == "Staff").GetProperty("id").GetString();

        var builtIn = await admin.DeleteAsync($"/api/roles/{staffRole}");
        var usedId = (await (await admin.PostJsonAsync("/api/roles", new { name = "Reader", displayName = "读者" })).JsonAsync()).GetProperty("id").GetString();
        await admin.PostJsonAsync("/api/users", new { userName = "reader1", displayName = "读者一", password = "Reader#2026x", roles = new[] { "Reader" } });
        var used = await admin.DeleteAsync($"/api/roles/{usedId}");

        Assert.Equal(HttpStatusCode.BadRequest, builtIn.StatusCode);
        Assert.Contains("内置角色", (await builtIn.JsonAsync()).Messages());
        Assert.Equal(HttpStatusCode.BadRequest, used.StatusCode);
        Assert.Contains("仍有 1 名用户", (await used.JsonAsync()).Messages());
    }

    [Fact]
    public async Task UnknownPermissionsAndBadNamesAreRefused()
    {
        var admin = await site.LoginAsync("admin");

        var unknown = await admin.PostJsonAsync("/api/roles", new { name = "Ghost", displayName = "幽灵", permissions = new[] { "No.Such" } });
        var badName = await admin.PostJsonAsync("/api/roles", new { name = "中文标识", displayName = "坏名字" });
        var duplicate = await admin.PostJsonAsync("/api/roles", new { name = "Staff", displayName = "重复" });

        Assert.True((await unknown.JsonAsync()).HasFieldError("permissions"));
        Assert.Contains("No.Such", (await unknown.JsonAsync()).Messages());
        Assert.True((await badName.JsonAsync()).HasFieldError("name"));
        Assert.True((await duplicate.JsonAsync()).HasFieldError("name"));
    }

    [Fact]
    public async Task ARoleChangeTakesEffectOnTheNextRequest()
    {
        await using var own = new DemoSite();
        var admin = await own.LoginAsync("admin");
        var staff = await own.LoginAsync("staff");
        var staffRole = (await (await admin.GetAsync("/api/roles")).JsonAsync()).EnumerateArray()
            .Single(r => r.GetProperty("name").GetString() == "Staff").GetProperty("id").GetString();

        var before = await staff.GetAsync("/admin");
        await admin.PutAsJsonAsync($"/api/roles/{staffRole}", new { name = "Staff", displayName = "工作人员", permissions = new[] { "Admin.Access" } });
        var after = await staff.GetAsync("/admin");
        await admin.PutAsJsonAsync($"/api/roles/{staffRole}", new { name = "Staff", displayName = "工作人员", permissions = Array.Empty<string>() });
        var revoked = await staff.GetAsync("/admin");

        Assert.Equal(HttpStatusCode.Redirect, before.StatusCode);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
    }
}
