using System.Net.Http.Json;
using System.Text.Json;

namespace Anshun.StaffDirectory.Tests;

/// <summary>Reading directory API answers in tests.</summary>
public static class DirectoryHttp
{
    public static async Task<JsonElement> SearchAsync(this HttpClient client, string query)
    {
        var response = await client.GetAsync("/api/directory?" + query);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    public static IReadOnlyList<JsonElement> Items(this JsonElement page) => page.GetProperty("items").EnumerateArray().ToList();

    public static IReadOnlyList<string> Names(this JsonElement page) =>
        page.Items().Select(i => i.GetProperty("name").GetString()!).ToList();

    public static JsonElement Person(this JsonElement page, string name) =>
        page.Items().Single(i => i.GetProperty("name").GetString() == name);

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    public static Task<HttpResponseMessage> SetPrivacyAsync(this HttpClient client, string visibility) =>
        client.PutAsJsonAsync("/api/directory/privacy", new { mobileVisibility = visibility });
}
