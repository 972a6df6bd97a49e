using System.Net;
using Anshun.Testing;

namespace Anshun.Features.Tests.Controllers;

public sealed class ModuleAdminControllerTests
{
    private const string Sample = FeaturesSite.SampleModuleId;

    [Fact]
    public async Task PageListsModulesByCategoryAndSaysChangesNeedARestart()
    {
        await using var site = new SampleSiteFactory();
        var admin = await site.LoginAsync("admin");

        var html = await admin.GetStringAsync("/admin/modules");

        Assert.Contains("更改将在重新启动站点后生效", html);
        Assert.Contains("用户与权限", html);
        Assert.Contains("平台必需", html);
        Assert.Contains("示例便笺", html);
        Assert.Contains("已启用", html);
        Assert.DoesNotContain("待重启生效", html);
    }

    [Fact]
    public async Task ChangesFromThePageArePendingUntilRestart()
    {
        await using var site = new SampleSiteFactory();
        var admin = await site.LoginAsync("admin");

        var disabled = await admin.PostAsync($"/admin/modules/{Sample}/disable", null);
        var afterDisable = await admin.GetStringAsync("/admin/modules");
        var enabled = await admin.PostAsync($"/admin/modules/{Sample}/enable", null);
        var afterEnable = await admin.GetStringAsync("/admin/modules");

        Assert.Equal(HttpStatusCode.Redirect, disabled.StatusCode);
        Assert.Contains("已停用模块“示例便笺”。更改将在重新启动站点后生效。", afterDisable);
        Assert.Contains("待重启生效", afterDisable);
        Assert.Equal(HttpStatusCode.Redirect, enabled.StatusCode);
        Assert.Contains("已启用模块“示例便笺”。更改将在重新启动站点后生效。", afterEnable);
        Assert.DoesNotContain("待重启生效", afterEnable);
    }

    [Fact]
    public async Task DisablingAModuleOthersNeedAsksFirstListingThem()
    {
        await using var site = new SampleSiteFactory();
        var admin = await site.LoginAsync("admin");

        var confirmation = await admin.GetStringAsync("/admin/modules/Anshun.PortalTheme/disable");
        var response = await admin.PostAsync("/admin/modules/Anshun.PortalTheme/disable", null);

        Assert.Contains("将一并停用", confirmation);
        Assert.Contains("示例便笺（Anshun.SampleModule）", confirmation);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False((await FeaturesSite.ModuleAsync(admin, Sample)).GetProperty("enabled").GetBoolean());
    }

    [Fact]
    public async Task PlatformModuleCannotBeDisabledFromThePage()
    {
        await using var site = new SampleSiteFactory();
        var admin = await site.LoginAsync("admin");

        var response = await admin.PostAsync("/admin/modules/Anshun.Users/disable", null);
        var html = await admin.GetStringAsync("/admin/modules");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("模块“用户与权限”是平台必需模块，不能停用。", html);
        Assert.True((await FeaturesSite.ModuleAsync(admin, "Anshun.Users")).GetProperty("enabled").GetBoolean());
    }

    [Fact]
    public async Task UnknownModuleIsNotFound()
    {
        await using var site = new SampleSiteFactory();
        var admin = await site.LoginAsync("admin");

        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/admin/modules/Anshun.Nothing/disable")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsync("/admin/modules/Anshun.Nothing/enable", null)).StatusCode);
    }
}
