using System.Net;
using System.Text.Json;
using Anshun.Themes.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Anshun.Themes.Tests.Controllers;

public sealed class ErrorControllerTests(ThemesSiteFactory factory) : IClassFixture<ThemesSiteFactory>
{
    private HttpClient Anonymous() => factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Fact]
    public async Task UnknownBrowserUrlShowsChineseNotFoundPage()
    {
        var response = await Anonymous().GetAsync("/no-such-page/at-all");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<html lang=\"zh-CN\">", body);
        Assert.Contains("页面不存在", body);
        Assert.Contains("返回首页", body);
        HtmlAssert.NoTechnicalDetail(body);
    }

    [Fact]
    public async Task UnknownBrowserUrlPostedWithoutAntiforgeryTokenStillShowsNotFoundPage()
    {
        var response = await Anonymous().PostAsync("/no-such-page", new FormUrlEncodedContent([new("a", "b")]));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("页面不存在", body);
    }

    [Fact]
    public async Task UnknownAdminUrlOffersTheAdminHome()
    {
        var response = await Anonymous().GetAsync("/admin/no-such-page");
        var body = await response.Content.ReadAsStringAsync();

        // Anonymous visitors may be sent to sign in first; a 404 page must then lead back to /admin.
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            Assert.Contains("href=\"/admin\"", body);
        }
        else
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }
    }

    [Fact]
    public async Task UnknownApiUrlReturnsProblemDetailsInChinese()
    {
        var response = await Anonymous().GetAsync("/api/no-such-endpoint");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(body);
        Assert.Equal(404, json.RootElement.GetProperty("status").GetInt32());
        Assert.Equal("未找到", json.RootElement.GetProperty("title").GetString());
        Assert.False(string.IsNullOrWhiteSpace(json.RootElement.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task ExceptionOnBrowserPageShowsBusyPageWithoutStackTrace()
    {
        var response = await Anonymous().GetAsync("/test-only/boom");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("系统繁忙", body);
        HtmlAssert.NoTechnicalDetail(body);
    }

    [Fact]
    public async Task FormPostedWithoutTokenShowsBadRequestPage()
    {
        var response = await Anonymous().PostAsync("/test-only/boom", new FormUrlEncodedContent([new("a", "b")]));
        var body = await response.Content.ReadAsStringAsync();

        // The global antiforgery filter refuses the token-less POST before the action: a 400 page.
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("请求有误", body);
        HtmlAssert.NoTechnicalDetail(body);
    }

    [Fact]
    public async Task ExceptionInApiReturnsProblemDetailsWithoutStackTrace()
    {
        var response = await Anonymous().GetAsync("/api/test-only/boom");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(body);
        Assert.Equal(500, json.RootElement.GetProperty("status").GetInt32());
        Assert.Equal("服务器内部错误", json.RootElement.GetProperty("title").GetString());
        HtmlAssert.NoTechnicalDetail(body);
    }

    [Theory]
    [InlineData(403, "没有访问权限")]
    [InlineData(404, "页面不存在")]
    [InlineData(500, "系统繁忙")]
    [InlineData(400, "请求有误")]
    public async Task ErrorPageAnswersWithItsOwnStatus(int code, string title)
    {
        var response = await Anonymous().GetAsync($"/error/{code}");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(code, (int)response.StatusCode);
        Assert.Contains(title, body);
    }

    [Fact]
    public async Task ErrorPageForASuccessCodeIsNotFound()
    {
        var response = await Anonymous().GetAsync("/error/200");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
