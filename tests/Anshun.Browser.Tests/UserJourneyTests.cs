using Anshun.Browser.Tests.Infrastructure;
using Anshun.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Anshun.Browser.Tests;

/// <summary>
/// The journey of issue #2 on a freshly installed site: the administrator signs in (binding an
/// authenticator at first login, as every 三员 account must), creates a member of staff of the
/// education bureau, and that person signs in and sees the portal.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class UserJourneyTests(BrowserSiteFixture fixture)
{
    private const string StaffUserName = "jyj_wangfang";
    private const string StaffDisplayName = "王芳";
    private const string StaffPassword = "Jiaoyu#2026";
    private const string StaffUnit = "安顺市教育局";
    private const string StaffPosition = "科员";

    [BrowserFact]
    public async Task AdminCreatesADepartmentUserWhoThenSignsInAndSeesThePortal()
    {
        await using (var admin = await BrowserSession.OpenAsync(fixture, "1-admin"))
        {
            await admin.RunAsync(() => AdminSignsInAndCreatesTheUserAsync(admin));
        }

        await using var staff = await BrowserSession.OpenAsync(fixture, "2-staff");
        await staff.RunAsync(() => StaffSignsInAndSeesThePortalAsync(staff));
    }

    /// <summary>
    /// The first portal page after signing in is the slowest of the journey (its views and caches are cold, the
    /// search index is still being built); on a loaded 2-core CI machine it once missed the 30 s default waiting
    /// for every resource to load. The redirect itself is what this step checks, so it waits for the navigation
    /// to commit, and the expectations after it wait for the content they need.
    /// </summary>
    private static readonly PageWaitForURLOptions AfterSignIn = new() { WaitUntil = WaitUntilState.Commit, Timeout = 90_000 };

    private async Task AdminSignsInAndCreatesTheUserAsync(BrowserSession admin)
    {
        var page = admin.Page;
        await page.GotoAsync("/login");
        await page.FillAsync("input[name='UserName']", "admin");
        await page.FillAsync("input[name='Password']", AnshunSiteFactory.AdminPassword);
        await admin.ScreenshotAsync("login");
        await page.GetByRole(AriaRole.Button, new() { Name = "登录", Exact = true }).ClickAsync();

        // First login of a 三员 account: bind an authenticator before anything else opens.
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/account/totp");
        var sharedKey = (await page.Locator("#totp-key").InnerTextAsync()).Trim();
        Assert.NotEmpty(sharedKey);
        await Expect(page.GetByRole(AriaRole.Img, new() { Name = "动态口令二维码" })).ToBeVisibleAsync();
        await admin.ScreenshotAsync("totp-enrolment");
        await page.FillAsync("input[name='Code']", Totp.Code(sharedKey, fixture.Site.Time.GetUtcNow()));
        await page.GetByRole(AriaRole.Button, new() { Name = "完成绑定" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/", AfterSignIn);
        await admin.ScreenshotAsync("portal-after-enrolment");

        // Through the admin menu to the user form.
        await page.GotoAsync("/admin");
        await admin.ScreenshotAsync("admin-home");
        await page.GetByRole(AriaRole.Link, new() { Name = "用户管理" }).First.ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/admin/users");
        await page.GetByRole(AriaRole.Link, new() { Name = "新建用户" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/admin/users/create");

        var form = page.Locator("form", new() { Has = page.Locator("input[name='DisplayName']") });
        Assert.True(await form.Locator("input[name='__RequestVerificationToken']").CountAsync() == 1, "新建用户表单缺少防伪令牌（__RequestVerificationToken），提交会被拒绝（HTTP 400）。");
        await page.FillAsync("input[name='UserName']", StaffUserName);
        await page.FillAsync("input[name='DisplayName']", StaffDisplayName);
        await page.FillAsync("input[name='Password']", StaffPassword);
        await page.CheckAsync("input[name='Roles'][value='Staff']");
        var unitSelect = page.Locator("select[name='Units[0].Unit']");
        var unitId = await unitSelect.Locator("option", new() { HasTextString = StaffUnit }).First.GetAttributeAsync("value");
        await unitSelect.SelectOptionAsync(unitId!);
        await page.FillAsync("input[name='Units[0].Position']", StaffPosition);
        await admin.ScreenshotAsync("create-user-form");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存", Exact = true }).ClickAsync();

        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/admin/users");
        await Expect(page.GetByText($"已创建用户“{StaffDisplayName}”（{StaffUserName}）。")).ToBeVisibleAsync();
        var row = page.Locator("table tbody tr", new() { HasTextString = StaffUserName });
        await Expect(row).ToContainTextAsync(StaffDisplayName);
        await Expect(row).ToContainTextAsync("教育局");
        await admin.ScreenshotAsync("user-created");
        Assert.Empty(admin.Problems);
    }

    private static async Task StaffSignsInAndSeesThePortalAsync(BrowserSession staff)
    {
        var page = staff.Page;
        await page.GotoAsync("/");
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/login");
        await page.FillAsync("input[name='UserName']", StaffUserName);
        await page.FillAsync("input[name='Password']", StaffPassword);
        await staff.ScreenshotAsync("login");
        await page.GetByRole(AriaRole.Button, new() { Name = "登录", Exact = true }).ClickAsync();

        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/", AfterSignIn);
        await Expect(page.Locator("#portal-greeting")).ToContainTextAsync(StaffDisplayName);
        await Expect(page.Locator(".portal-identity")).ToContainTextAsync("教育局");
        await Expect(page.Locator(".portal-identity")).ToContainTextAsync(StaffPosition);
        await Expect(page.Locator(".portal-user")).ToContainTextAsync(StaffDisplayName);
        await staff.ScreenshotAsync("portal-home");

        // A member of staff has no business in the user admin.
        var response = await page.GotoAsync("/admin/users");
        await Expect(page.GetByText("您没有访问该页面的权限")).ToBeVisibleAsync();
        await staff.ScreenshotAsync("admin-refused");
        Assert.NotEqual(200, response!.Status);
        Assert.Empty(staff.Problems);
    }
}
