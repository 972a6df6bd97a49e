using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Anshun.Core.Audit;
using Anshun.Testing;

namespace Anshun.Features.Tests.Endpoints;

public sealed class SiteSettingsApiEndpointsTests
{
    [Fact]
    public async Task AdministratorReadsAndChangesTheSiteInformation()
    {
        await using var site = new SampleSiteFactory();
        var admin = await site.LoginAsync("admin");

        var before = await admin.GetFromJsonAsync<JsonElement>("/api/settings/site");
        var response = await admin.PutAsJsonAsync("/api/settings/site", new
        {
            siteName = "安顺市人民政府办公信息平台",
            shortName = "安顺政务内网",
            copyright = "安顺市人民政府办公室 主办",
        });
        var after = await admin.GetFromJsonAsync<JsonElement>("/api/settings/site");

        Assert.Equal("安顺市政府办公信息系统", before.GetProperty("siteName").GetString());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("安顺市人民政府办公信息平台", after.GetProperty("siteName").GetString());
        Assert.Equal("安顺政务内网", after.GetProperty("shortName").GetString());
        var changes = await FeaturesSite.AuditAsync(site, AuditEventTypes.SettingsChanged);
        var change = Assert.Single(changes, c => c.GetProperty("target").GetString() == "Site");
        Assert.Contains("站点名称由“安顺市政府办公信息系统”改为“安顺市人民政府办公信息平台”", change.GetProperty("detail").GetString());
        Assert.Equal("admin", change.GetProperty("userName").GetString());
    }

    [Theory]
    [InlineData("{\"shortName\":\"安顺\"}", "siteName")]
    [InlineData("{\"siteName\":\"  \"}", "siteName")]
    [InlineData("{\"siteName\":\"安顺\",\"shortName\":\"一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一\"}", "shortName")]
    [InlineData("[1,2]", "body")]
    public async Task BadInputIsRefusedNamingTheFieldAndChangesNothing(string body, string field)
    {
        await using var site = new SampleSiteFactory();
        var admin = await site.LoginAsync("admin");

        var response = await admin.PutAsync("/api/settings/site", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await FeaturesSite.JsonAsync(response);
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", problem.GetProperty("errors").GetProperty(field)[0].GetString());
        var current = await admin.GetFromJsonAsync<JsonElement>("/api/settings/site");
        Assert.Equal("安顺市政府办公信息系统", current.GetProperty("siteName").GetString());
        Assert.DoesNotContain(await FeaturesSite.AuditAsync(site, AuditEventTypes.SettingsChanged), c => c.GetProperty("target").GetString() == "Site");
    }
}
