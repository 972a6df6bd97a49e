using System.Net;
using System.Net.Http.Json;
using Anshun.Core.Audit;
using Anshun.Testing;

namespace Anshun.Features.Tests.Endpoints;

public sealed class ModuleApiEndpointsTests
{
    private const string Sample = FeaturesSite.SampleModuleId;
    private const string PortalTheme = "Anshun.PortalTheme";

    [Fact]
    public async Task DisabledModuleDisappearsAfterRestartAndReturnsWithItsData()
    {
        AnshunSiteFactory site = new SampleSiteFactory();
        try
        {
            var staff = await site.LoginAsync("staff");
            Assert.Equal(HttpStatusCode.Created, (await staff.PostAsJsonAsync("/api/sample/notes", new { text = "周一上午九点召开常务会议" })).StatusCode);
            Assert.Equal(HttpStatusCode.Created, (await staff.PostAsJsonAsync("/api/sample/notes", new { text = "请各部门报送月度信息" })).StatusCode);
            var admin = await site.LoginAsync("admin");
            var before = await FeaturesSite.ModuleAsync(admin, Sample);
            Assert.True(before.GetProperty("running").GetBoolean());
            Assert.True(before.GetProperty("enabled").GetBoolean());

            Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/api/modules/{Sample}/disable", null)).StatusCode);
            var pending = await FeaturesSite.ModuleAsync(admin, Sample);
            Assert.False(pending.GetProperty("enabled").GetBoolean());
            Assert.True(pending.GetProperty("running").GetBoolean());
            Assert.True(pending.GetProperty("pending").GetBoolean());
            Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync("/api/sample/notes")).StatusCode);

            site = await site.RestartAsync();
            staff = await site.LoginAsync("staff");
            Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync("/api/sample/notes")).StatusCode);
            admin = await site.LoginAsync("admin");
            var disabled = await FeaturesSite.ModuleAsync(admin, Sample);
            Assert.False(disabled.GetProperty("running").GetBoolean());
            Assert.False(disabled.GetProperty("pending").GetBoolean());
            Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/api/modules/{Sample}/enable", null)).StatusCode);
            Assert.True((await FeaturesSite.ModuleAsync(admin, Sample)).GetProperty("pending").GetBoolean());

            site = await site.RestartAsync();
            staff = await site.LoginAsync("staff");
            var notes = await staff.GetFromJsonAsync<List<NoteDto>>("/api/sample/notes");
            Assert.Equal(["周一上午九点召开常务会议", "请各部门报送月度信息"], notes!.Select(n => n.Text));
            admin = await site.LoginAsync("admin");
            Assert.True((await FeaturesSite.ModuleAsync(admin, Sample)).GetProperty("running").GetBoolean());
        }
        finally
        {
            await site.DisposeAsync();
        }
    }

    [Fact]
    public async Task DisablingAModuleDisablesWhatNeedsItAndEnablingOneEnablesWhatItNeeds()
    {
        await using var site = new SampleSiteFactory();
        var admin = await site.LoginAsync("admin");

        var disabledBoth = await FeaturesSite.JsonAsync(await admin.PostAsync($"/api/modules/{PortalTheme}/disable", null));
        var sampleAfterDisable = await FeaturesSite.ModuleAsync(admin, Sample);
        var enabledBoth = await FeaturesSite.JsonAsync(await admin.PostAsync($"/api/modules/{Sample}/enable", null));
        var themeAfterEnable = await FeaturesSite.ModuleAsync(admin, PortalTheme);

        Assert.Equal([PortalTheme, Sample], disabledBoth.GetProperty("changed").EnumerateArray().Select(e => e.GetString()).Order());
        Assert.Contains("重新启动站点后生效", disabledBoth.GetProperty("message").GetString());
        Assert.False(sampleAfterDisable.GetProperty("enabled").GetBoolean());
        Assert.Equal([PortalTheme, Sample], enabledBoth.GetProperty("changed").EnumerateArray().Select(e => e.GetString()).Order());
        Assert.True(enabledBoth.GetProperty("restartRequired").GetBoolean());
        Assert.True(themeAfterEnable.GetProperty("enabled").GetBoolean());
        Assert.False(themeAfterEnable.GetProperty("pending").GetBoolean());

        var enabledRecords = await FeaturesSite.AuditAsync(site, AuditEventTypes.ModuleEnabled);
        var disabledRecords = await FeaturesSite.AuditAsync(site, AuditEventTypes.ModuleDisabled);
        Assert.Equal([PortalTheme, Sample], enabledRecords.Select(r => r.GetProperty("target").GetString()).Order());
        Assert.Equal([PortalTheme, Sample], disabledRecords.Select(r => r.GetProperty("target").GetString()).Order());
        Assert.All(enabledRecords.Concat(disabledRecords), r => Assert.Equal("admin", r.GetProperty("userName").GetString()));
    }

    [Fact]
    public async Task RepeatingAChangeChangesNothing()
    {
        await using var site = new SampleSiteFactory();
        var admin = await site.LoginAsync("admin");

        var again = await FeaturesSite.JsonAsync(await admin.PostAsync($"/api/modules/{Sample}/enable", null));

        Assert.Empty(again.GetProperty("changed").EnumerateArray());
        Assert.False(again.GetProperty("restartRequired").GetBoolean());
        Assert.Empty(await FeaturesSite.AuditAsync(site, AuditEventTypes.ModuleEnabled));
    }

    [Fact]
    public async Task AlwaysEnabledModuleIsNotDisabled()
    {
        await using var site = new SampleSiteFactory();
        var admin = await site.LoginAsync("admin");

        var response = await admin.PostAsync("/api/modules/Anshun.Audit/disable", null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await FeaturesSite.JsonAsync(response);
        Assert.Contains("平台必需模块，不能停用", problem.GetProperty("errors").GetProperty("id")[0].GetString());
        Assert.True((await FeaturesSite.ModuleAsync(admin, "Anshun.Audit")).GetProperty("enabled").GetBoolean());
        Assert.Empty(await FeaturesSite.AuditAsync(site, AuditEventTypes.ModuleDisabled));
    }

    [Fact]
    public async Task UnknownModuleIsNotFound()
    {
        await using var site = new SampleSiteFactory();
        var admin = await site.LoginAsync("admin");

        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsync("/api/modules/Anshun.Nothing/enable", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsync("/api/modules/Anshun.Nothing/disable", null)).StatusCode);
    }

    [Fact]
    public async Task ListShowsEveryModuleWithItsDependenciesAndState()
    {
        await using var site = new SampleSiteFactory();
        var admin = await site.LoginAsync("admin");

        var users = await FeaturesSite.ModuleAsync(admin, "Anshun.Users");
        var sample = await FeaturesSite.ModuleAsync(admin, Sample);

        Assert.Equal("用户与权限", users.GetProperty("name").GetString());
        Assert.True(users.GetProperty("alwaysEnabled").GetBoolean());
        Assert.True(users.GetProperty("running").GetBoolean());
        Assert.Contains("组织机构", users.GetProperty("dependencies").EnumerateArray().Select(d => d.GetProperty("name").GetString()));
        Assert.Equal("测试", sample.GetProperty("category").GetString());
        Assert.False(sample.GetProperty("alwaysEnabled").GetBoolean());
    }

    private sealed record NoteDto(long Id, string Text);
}
