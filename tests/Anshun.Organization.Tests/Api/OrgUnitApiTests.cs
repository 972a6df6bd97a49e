using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Anshun.Core.Organization;
using Anshun.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Anshun.Organization.Tests.Api;

public sealed class OrgUnitApiTests(OrgSiteFactory factory) : IClassFixture<OrgSiteFactory>
{
    [Fact]
    public async Task AnonymousCallersGet401()
    {
        var client = factory.CreateAnonymousClient();

        var list = await client.GetAsync("/api/org/units");
        var one = await client.GetAsync("/api/org/units/JYJ");
        var create = await client.PostAsJsonAsync("/api/org/units", new { code = "ANON", name = "匿名单位", kind = "Department", parentId = "SZF" });

        Assert.Equal(HttpStatusCode.Unauthorized, list.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, one.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, create.StatusCode);
        Assert.Null(await FindAsync("ANON"));
    }

    [Fact]
    public async Task AnySignedInUserReadsTheTreeFlatOrNested()
    {
        var client = await factory.LoginAsync("staff");

        var flat = await client.GetFromJsonAsync<JsonElement>("/api/org/units");
        var nested = await client.GetFromJsonAsync<JsonElement>("/api/org/units?tree=true");

        var first = flat[0];
        Assert.Equal(("SZF", "Office", "市政府机关", 0), (first.GetProperty("code").GetString(), first.GetProperty("kind").GetString(),
            first.GetProperty("kindName").GetString(), first.GetProperty("depth").GetInt32()));
        var jyj = flat.EnumerateArray().Single(u => u.GetProperty("code").GetString() == "JYJ");
        Assert.Equal(first.GetProperty("id").GetString(), jyj.GetProperty("parentId").GetString());
        Assert.Equal("教育局", jyj.GetProperty("shortName").GetString());
        var root = Assert.Single(nested.EnumerateArray());
        var children = root.GetProperty("children").EnumerateArray().Select(c => c.GetProperty("code").GetString()).ToList();
        Assert.Equal("SZFB", children[0]);
        Assert.Contains("XXQ", children);
    }

    [Fact]
    public async Task AUnitIsFoundByCodeWithItsChildrenAndMembers()
    {
        var client = await factory.LoginAsync("staff");

        var jyj = await client.GetFromJsonAsync<JsonElement>("/api/org/units/jyj");
        var missing = await client.GetAsync("/api/org/units/NO-SUCH-UNIT");

        Assert.Equal("安顺市教育局", jyj.GetProperty("unit").GetProperty("name").GetString());
        var member = jyj.GetProperty("members").EnumerateArray().Single(m => m.GetProperty("userName").GetString() == "staff");
        Assert.Equal(("杨帆", "基础教育科科员", true), (member.GetProperty("displayName").GetString(),
            member.GetProperty("position").GetString(), member.GetProperty("isPrimary").GetBoolean()));
        Assert.False(string.IsNullOrEmpty(member.GetProperty("userId").GetString()));
        var county = await client.GetFromJsonAsync<JsonElement>("/api/org/units/XXQ");
        Assert.Contains(county.GetProperty("children").EnumerateArray(), c => c.GetProperty("code").GetString() == "XXQ-NHJD");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task StaffIsRefusedEveryChange()
    {
        var client = await factory.LoginAsync("staff");
        var jyj = await FindAsync("JYJ");

        var responses = new[]
        {
            await client.PostAsJsonAsync("/api/org/units", new { code = "STAFF1", name = "越权单位", kind = "Department", parentId = "SZF" }),
            await client.PutAsJsonAsync("/api/org/units/JYJ", new { code = "JYJ", name = "改名", kind = "Department" }),
            await client.PostAsJsonAsync("/api/org/units/JYJ/move", new { parentId = "XXQ" }),
            await client.PostAsJsonAsync("/api/org/units/JYJ/position", new { position = 1 }),
            await client.PostAsync("/api/org/units/SZFB-MSK/deactivate", null),
        };

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode));
        Assert.Null(await FindAsync("STAFF1"));
        Assert.Equal(jyj, await FindAsync("JYJ"));
        Assert.True((await FindAsync("SZFB-MSK"))!.IsActive);
    }

    [Fact]
    public async Task TheAuditorIsRefusedChangesToo()
    {
        var client = await factory.LoginAsync("auditor");

        var response = await client.PostAsJsonAsync("/api/org/units", new { code = "AUD1", name = "审计员单位", kind = "Department", parentId = "SZF" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Null(await FindAsync("AUD1"));
    }

    [Fact]
    public async Task TheAdministratorCreatesEditsMovesReordersAndDeactivatesAUnit()
    {
        var client = await factory.LoginAsync("admin");
        var code = OrgTestData.NewCode("API");

        var created = await client.PostAsJsonAsync("/api/org/units",
            new { code, name = "安顺市测试局", shortName = "测试局", kind = "Department", parentId = "SZF", phone = "0851-33220000" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        Assert.Equal($"/api/org/units/{id}", created.Headers.Location?.OriginalString);

        var updated = await client.PutAsJsonAsync($"/api/org/units/{id}", new { code, name = "安顺市测试管理局", kind = "Department" });
        var moved = await client.PostAsJsonAsync($"/api/org/units/{id}/move", new { parentId = "XXQ" });
        var reordered = await client.PostAsJsonAsync($"/api/org/units/{id}/position", new { position = 1 });
        var deactivated = await client.PostAsync($"/api/org/units/{id}/deactivate", null);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK],
            new[] { updated.StatusCode, moved.StatusCode, reordered.StatusCode, deactivated.StatusCode });
        var unit = await FindAsync(id);
        var county = await FindAsync("XXQ");
        Assert.Equal(("安顺市测试管理局", county!.Id, $"{county.Path}/{id}", 1, false),
            (unit!.Name, unit.ParentId, unit.Path, unit.SortOrder, unit.IsActive));
    }

    [Fact]
    public async Task BadInputAnswers400NamingTheFieldAndChangesNothing()
    {
        var client = await factory.LoginAsync("admin");
        var szfb = await FindAsync("SZFB");
        var code = OrgTestData.NewCode("BAD");

        var noName = await client.PostAsJsonAsync("/api/org/units", new { code, kind = "Department", parentId = "SZF" });
        var badKind = await client.PostAsJsonAsync("/api/org/units", new { code, name = "坏类型局", kind = "Ministry", parentId = "SZF" });
        var takenCode = await client.PostAsJsonAsync("/api/org/units", new { code = "jyj", name = "重复代码局", kind = "Department", parentId = "SZF" });
        var notJson = await client.PostAsync("/api/org/units", new StringContent("{ code: ", System.Text.Encoding.UTF8, "application/json"));
        var cycle = await client.PostAsJsonAsync("/api/org/units/SZFB/move", new { parentId = "SZFB-MSK" });
        var badPosition = await client.PostAsJsonAsync("/api/org/units/SZFB/position", new { position = 0 });
        var withMembers = await client.PostAsync("/api/org/units/JYJ/deactivate", null);

        await AssertFieldErrorAsync(noName, "name", "请填写单位名称。");
        await AssertFieldErrorAsync(badKind, "kind", "单位类型无效");
        await AssertFieldErrorAsync(takenCode, "code", "单位代码“JYJ”已被“安顺市教育局”使用。");
        await AssertFieldErrorAsync(notJson, "body", "不是有效的 JSON");
        await AssertFieldErrorAsync(cycle, "parentId", "不能把“安顺市人民政府办公室”移到它自身或它的下级单位之下。");
        await AssertFieldErrorAsync(badPosition, "position", "排序位置");
        await AssertFieldErrorAsync(withMembers, "id", "请先将人员调出后再停用");
        Assert.Null(await FindAsync(code));
        Assert.Equal(szfb, await FindAsync("SZFB"));
        Assert.True((await FindAsync("JYJ"))!.IsActive);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync("/api/org/units/NO-SUCH-UNIT/deactivate", null)).StatusCode);
    }

    [Fact]
    public async Task UnitChangesAreAuditedForTheAuditor()
    {
        var admin = await factory.LoginAsync("admin");
        var code = OrgTestData.NewCode("AUD");
        var created = await admin.PostAsJsonAsync("/api/org/units", new { code, name = "审计测试局", kind = "Department", parentId = "SZF" });
        created.EnsureSuccessStatusCode();
        (await admin.PostAsJsonAsync($"/api/org/units/{code}/move", new { parentId = "PBQ" })).EnsureSuccessStatusCode();

        var auditor = await factory.LoginAsync("auditor");
        var createdLog = await auditor.GetStringAsync("/api/audit?type=org.unit_created&take=50");
        var updatedLog = await auditor.GetStringAsync("/api/audit?type=org.unit_updated&take=50");

        Assert.Contains($"新建单位“审计测试局”（{code}）", createdLog);
        Assert.Contains($"将单位“审计测试局”（{code}）从“安顺市人民政府”移至“安顺市平坝区人民政府”", updatedLog);
    }

    private static async Task AssertFieldErrorAsync(HttpResponseMessage response, string field, string message)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var errors = problem.GetProperty("errors").GetProperty(field).EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Contains(errors, e => e!.Contains(message, StringComparison.Ordinal));
    }

    private async Task<OrgUnitInfo?> FindAsync(string idOrCode)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IOrganizationService>().FindUnitAsync(idOrCode);
    }
}
