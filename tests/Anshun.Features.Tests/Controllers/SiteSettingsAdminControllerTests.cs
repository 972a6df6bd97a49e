using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Anshun.Testing;

namespace Anshun.Features.Tests.Controllers;

public sealed class SiteSettingsAdminControllerTests
{
    private static FormUrlEncodedContent Form(string siteName, string shortName = "", string copyright = "") =>
        new(new Dictionary<string, string> { ["SiteName"] = siteName, ["ShortName"] = shortName, ["Copyright"] = copyright });

    [Fact]
    public async Task SavingValidSettingsStoresThemAndConfirms()
    {
        await using var site = new SampleSiteFactory();
        var admin = await site.LoginAsync("admin");

        var form = await admin.GetStringAsync("/admin/settings");
        var response = await admin.PostAsync("/admin/settings", Form("安顺市政务办公平台", "安顺政务", "安顺市人民政府办公室"));
        var page = await admin.GetStringAsync("/admin/settings");

        Assert.Contains("value=\"安顺市政府办公信息系统\"", form);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("站点设置已保存。", page);
        var stored = await admin.GetFromJsonAsync<JsonElement>("/api/settings/site");
        Assert.Equal("安顺市政务办公平台", stored.GetProperty("siteName").GetString());
        Assert.Equal("安顺政务", stored.GetProperty("shortName").GetString());
    }

    [Fact]
    public async Task MissingNameIsShownBesideTheFieldAndNothingIsSaved()
    {
        await using var site = new SampleSiteFactory();
        var admin = await site.LoginAsync("admin");

        var response = await admin.PostAsync("/admin/settings", Form(" ", "安顺政务"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("请填写站点名称。", html);
        var stored = await admin.GetFromJsonAsync<JsonElement>("/api/settings/site");
        Assert.Equal("安顺市政府办公信息系统", stored.GetProperty("siteName").GetString());
    }
}
