using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace Anshun.Browser.Tests.Infrastructure;

/// <summary>
/// The site's JSON API as the person signed in to a browser session (their cookie and CSRF token), for the
/// set-up a journey needs that is not what the journey is about, e.g. an editor publishing the items to search for.
/// </summary>
public sealed class PortalApi
{
    private readonly IAPIRequestContext _request;
    private readonly string _csrfToken;

    private PortalApi(IAPIRequestContext request, string csrfToken)
    {
        _request = request;
        _csrfToken = csrfToken;
    }

    public static async Task<PortalApi> ForAsync(IPage signedInPage)
    {
        var csrf = await JsonAsync(await signedInPage.APIRequest.GetAsync("/api/auth/csrf"));
        return new PortalApi(signedInPage.APIRequest, csrf["csrfToken"]!.GetValue<string>());
    }

    /// <summary>Creates an item in the section with code <paramref name="sectionCode"/> and publishes it; returns its id.</summary>
    public async Task<string> PublishAsync(string contentType, string sectionCode, string title, string body, JsonObject? fields = null)
    {
        var section = await GetAsync($"/api/sections/{Uri.EscapeDataString(sectionCode)}");
        var created = await PostAsync("/api/content", new JsonObject
        {
            ["contentType"] = contentType,
            ["sectionId"] = section["id"]!.GetValue<string>(),
            ["title"] = title,
            ["body"] = $"<p>{body}</p>",
            ["source"] = "市政府办公室",
            ["fields"] = fields ?? new JsonObject(),
        });
        var id = created["contentItemId"]!.GetValue<string>();
        var published = await PostAsync($"/api/content/{id}/publish", null);
        if (published["isPublished"]?.GetValue<bool>() != true)
        {
            throw new InvalidOperationException($"“{title}”未能发布：{published.ToJsonString()}");
        }

        return id;
    }

    public async Task<JsonObject> GetAsync(string path) => await JsonAsync(await _request.GetAsync(path));

    private async Task<JsonObject> PostAsync(string path, JsonObject? body) =>
        await JsonAsync(await _request.PostAsync(path, new()
        {
            Headers = new Dictionary<string, string>
            {
                ["X-CSRF-TOKEN"] = _csrfToken,
                ["Content-Type"] = "application/json",
            },
            Data = body?.ToJsonString() ?? "{}",
        }));

    private static async Task<JsonObject> JsonAsync(IAPIResponse response)
    {
        var text = await response.TextAsync();
        if (!response.Ok)
        {
            throw new InvalidOperationException($"{response.Url}：HTTP {response.Status} {text}");
        }

        return JsonNode.Parse(text)!.AsObject();
    }
}
