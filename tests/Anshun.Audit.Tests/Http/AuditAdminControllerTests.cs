using System.Net;
using Anshun.Testing;

namespace Anshun.Audit.Tests.Http;

public sealed class AuditAdminControllerTests
{
    [Fact]
    public async Task AuditorSeesTheLogInChineseAndVerifiesIt()
    {
        await using var site = new AnshunSiteFactory();
        var auditor = await site.LoginAsync("auditor");

        var html = await auditor.GetStringAsync("/admin/audit");

        Assert.Contains("安全审计日志", html);
        Assert.Contains("校验完整性", html);
        Assert.Contains("执行配方", html);
        Assert.Contains("<option value=\"auth.login\"", html);

        var response = await auditor.PostAsync("/admin/audit/verify", null);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await auditor.GetStringAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("完整性校验通过", after);
        Assert.Contains("校验审计日志", after);
    }

    [Fact]
    public async Task BadDateIsShownBesideTheField()
    {
        await using var site = new AnshunSiteFactory();
        var auditor = await site.LoginAsync("auditor");

        var html = await auditor.GetStringAsync("/admin/audit?from=not-a-date&take=5");

        Assert.Contains("开始日期格式不正确", html);
        Assert.Contains("is-invalid", html);
    }

    [Fact]
    public async Task AnonymousVisitorIsSentToSignIn()
    {
        await using var site = new AnshunSiteFactory();

        var response = await site.CreateAnonymousClient().GetAsync("/admin/audit");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }
}
