using System.Net;
using System.Text.RegularExpressions;
using Anshun.Contents.Services;
using Anshun.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Anshun.Contents.Tests.Admin;

/// <summary>Posting the admin forms the way a browser does, and reading back what they did.</summary>
public static partial class ContentAdminTestKit
{
    public static async Task<string> SectionIdAsync(this AnshunSiteFactory site, string code)
    {
        using var scope = site.Services.CreateScope();
        var section = await scope.ServiceProvider.GetRequiredService<ISectionStore>().FindAsync(code);
        return section?.Id ?? throw new InvalidOperationException($"栏目 {code} 不存在。");
    }

    /// <summary>Posts a form (the client's X-CSRF-TOKEN header satisfies the antiforgery check).</summary>
    public static Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string url, params (string Key, string Value)[] values) =>
        client.PostAsync(url, new FormUrlEncodedContent(values.Select(v => new KeyValuePair<string, string>(v.Key, v.Value))));

    /// <summary>Creates an item through the create form and returns its id.</summary>
    public static async Task<string> CreateThroughFormAsync(
        this HttpClient client, string type, string sectionId, string title, string command, params (string Key, string Value)[] extra)
    {
        var response = await client.PostFormAsync($"/admin/contents/create/{type}",
            [("title", title), ("sectionId", sectionId), ("body", "<p>正文内容。</p>"), ("command", command), .. extra]);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"新建失败：{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return ItemId(response);
    }

    public static string ItemId(HttpResponseMessage response)
    {
        var match = ItemUrl().Match(response.Headers.Location?.ToString() ?? "");
        Assert.True(match.Success, $"跳转地址不是内容页：{response.Headers.Location}");
        return match.Groups[1].Value;
    }

    /// <summary>Refused by permission: the admin pipeline sends the browser to the access-denied page.</summary>
    public static void AssertRefused(HttpResponseMessage response)
    {
        var location = response.Headers.Location?.ToString() ?? "";
        Assert.True(
            response.StatusCode == HttpStatusCode.Forbidden
                || (response.StatusCode == HttpStatusCode.Redirect && location.Contains("access-denied", StringComparison.OrdinalIgnoreCase)),
            $"应被拒绝，实际：{(int)response.StatusCode} {location}");
    }

    [GeneratedRegex("^/admin/contents/([0-9a-f]{32})")]
    private static partial Regex ItemUrl();
}
