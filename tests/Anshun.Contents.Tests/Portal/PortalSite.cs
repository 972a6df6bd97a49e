using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Anshun.Contents.Services;
using Anshun.Core.Organization;
using Anshun.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Anshun.Contents.Tests.Portal;

/// <summary>The demo site for the portal page tests, with helpers to publish through the content API and read pages.</summary>
public class PortalSite : AnshunSiteFactory
{
    public PortalSite()
        : base("anshun-demo")
    {
    }

    public async Task<string> SectionIdAsync(string code)
    {
        await using var scope = Services.CreateAsyncScope();
        var section = await scope.ServiceProvider.GetRequiredService<ISectionStore>().FindAsync(code);
        return section?.Id ?? throw new InvalidOperationException($"配方中没有栏目 {code}。");
    }

    public async Task<string> UnitIdAsync(string code)
    {
        await using var scope = Services.CreateAsyncScope();
        var unit = await scope.ServiceProvider.GetRequiredService<IOrganizationService>().FindUnitAsync(code);
        return unit?.Id ?? throw new InvalidOperationException($"没有单位 {code}。");
    }

    /// <summary>Creates and publishes an item through the content API as <paramref name="editor"/>; returns its id.</summary>
    public async Task<string> PublishAsync(HttpClient editor, string type, string sectionCode, string title, object? extra = null)
    {
        var body = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(extra ?? new { }))!.AsObject();
        body["contentType"] = type;
        body["sectionId"] = await SectionIdAsync(sectionCode);
        body["title"] = title;
        body["body"] ??= "<p>正文内容。</p>";
        var created = await editor.PostAsJsonAsync("/api/content", body);
        var text = await created.Content.ReadAsStringAsync();
        Assert.True(created.StatusCode == HttpStatusCode.Created, $"创建失败：{(int)created.StatusCode} {text}");
        var id = JsonNode.Parse(text)!["contentItemId"]!.GetValue<string>();
        var published = await editor.PostAsync($"/api/content/{id}/publish", null);
        Assert.True(published.StatusCode == HttpStatusCode.OK, $"发布失败：{await published.Content.ReadAsStringAsync()}");
        return id;
    }

    /// <summary>Whether the list line linking to the item carries the unread mark; null when the item is not listed.</summary>
    public static bool? IsMarkedUnread(string html, string contentItemId)
    {
        var link = html.IndexOf($"href=\"/content/{contentItemId}\"", StringComparison.Ordinal);
        if (link < 0)
        {
            return null;
        }

        var line = html.LastIndexOf("<li class=\"portal-list-item", link, StringComparison.Ordinal);
        var end = html.IndexOf("</li>", link, StringComparison.Ordinal);
        return html[line..end].Contains("is-unread", StringComparison.Ordinal);
    }

    /// <summary>The unread count in the 电子公告 card title; 0 when no badge is shown.</summary>
    public static int UnreadBadge(string html)
    {
        var match = Regex.Match(html, "data-badge=\"Contents.Notices\"><span aria-hidden=\"true\">(\\d+)</span>");
        return match.Success ? int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
    }
}
