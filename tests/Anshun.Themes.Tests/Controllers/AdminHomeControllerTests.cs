using System.Net;
using Anshun.Core.Data;
using Anshun.Testing;
using Anshun.Themes.Tests.Support;

namespace Anshun.Themes.Tests.Controllers;

public sealed class AdminHomeControllerTests(ThemesSiteFactory factory) : IClassFixture<ThemesSiteFactory>
{
    [Fact]
    public async Task AnonymousVisitorIsSentToLogin()
    {
        var response = await factory.CreateAnonymousClient().GetAsync("/admin");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/login", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task StaffIsRefusedWithChineseForbiddenPage()
    {
        var client = await factory.LoginAsync("staff");

        var (status, body) = await GetFollowingLocalRedirectsAsync(client, "/admin");

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Contains("没有访问权限", body);
        Assert.DoesNotContain("系统信息", body);
    }

    [Fact]
    public async Task AdminSeesDashboardWithSystemInformation()
    {
        var client = await factory.LoginAsync("admin");

        var response = await client.GetAsync("/admin");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h1 class=\"admin-page-title\">管理首页</h1>", body);
        Assert.Contains("系统信息", body);
        Assert.Contains(factory.DatabaseKind == DatabaseProviderKind.PostgreSql ? "PostgreSQL" : "SQLite", body);
        Assert.Contains("已启用模块", body);
        Assert.Contains("北京时间", body);
    }

    [Fact]
    public async Task AdminMenuHasUserManagementButNoAuditLog()
    {
        var client = await factory.LoginAsync("admin");

        var body = await client.GetStringAsync("/admin");

        Assert.Contains("href=\"/admin/users\"", body);
        Assert.Contains("用户管理", body);
        Assert.DoesNotContain("href=\"/admin/audit\"", body);
        Assert.DoesNotContain("审计日志", body);
    }

    [Fact]
    public async Task AuditorMenuHasAuditLogButNoUserManagement()
    {
        var client = await factory.LoginAsync("auditor");

        var body = await client.GetStringAsync("/admin");

        Assert.Contains("href=\"/admin/audit\"", body);
        Assert.Contains("安全审计", body);
        Assert.DoesNotContain("href=\"/admin/users\"", body);
        Assert.DoesNotContain("用户管理", body);
    }

    [Fact]
    public async Task CurrentPageIsHighlightedInMenuAndBreadcrumb()
    {
        var client = await factory.LoginAsync("admin");

        var body = await client.GetStringAsync("/admin");

        Assert.Contains("class=\"admin-menu-link active\" href=\"/admin\" aria-current=\"page\"", body);
        Assert.Contains("<li class=\"breadcrumb-item active\" aria-current=\"page\">", body);
    }

    [Fact]
    public async Task LayoutIsAccessible()
    {
        var client = await factory.LoginAsync("admin");

        var body = await client.GetStringAsync("/admin");

        Assert.Contains("<html lang=\"zh-CN\">", body);
        Assert.Contains("href=\"#main\"", body);
        Assert.Contains("<main id=\"main\"", body);
        Assert.Contains("aria-label=\"管理菜单\"", body);
        Assert.Contains("aria-label=\"面包屑导航\"", body);
        Assert.Contains("_content/Anshun.AdminTheme/lib/bootstrap/css/bootstrap.min.css", body);
    }

    [Fact]
    public async Task FlashMessageIsShownOnceAfterTheRedirect()
    {
        var client = await factory.LoginAsync("admin");

        var redirect = await client.GetAsync("/test-only/flash");
        var first = await client.GetStringAsync("/admin");
        var second = await client.GetStringAsync("/admin");

        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        Assert.Contains("测试提示：已保存。", first);
        Assert.Contains("alert alert-success alert-dismissible", first);
        Assert.DoesNotContain("测试提示：已保存。", second);
    }

    /// <summary>The sign-in may send a refused user to an access-denied page first; follow such redirects within the site.</summary>
    private static async Task<(HttpStatusCode Status, string Body)> GetFollowingLocalRedirectsAsync(HttpClient client, string url)
    {
        for (var hops = 0; hops < 3; hops++)
        {
            var response = await client.GetAsync(url);
            if (response.StatusCode != HttpStatusCode.Redirect || response.Headers.Location is not { } location)
            {
                return (response.StatusCode, await response.Content.ReadAsStringAsync());
            }

            url = location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
        }

        throw new InvalidOperationException("Too many redirects.");
    }
}
