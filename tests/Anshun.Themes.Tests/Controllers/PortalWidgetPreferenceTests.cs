using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Anshun.Testing;

namespace Anshun.Themes.Tests.Controllers;

/// <summary>定制首页: each user shows, hides and orders the home widgets; nobody else's page changes.</summary>
public sealed class PortalWidgetPreferenceTests : IAsyncLifetime
{
    private readonly AnshunSiteFactory _site = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task HidingAndMovingThroughTheFormPersistsForThatUserOnly()
    {
        var staff = await _site.LoginAsync("staff");
        var initial = WidgetOrder(await staff.GetStringAsync("/"));
        Assert.True(initial.Count >= 3, "首页应至少有三个栏目块。");

        var hide = await PostAsync(staff, initial, initial.Skip(1), "save");
        var move = await PostAsync(staff, initial, initial.Skip(1), "up:" + initial[2]);
        var staffPage = WidgetOrder(await staff.GetStringAsync("/"));
        var leaderPage = WidgetOrder(await (await _site.LoginAsync("leader")).GetStringAsync("/"));

        Assert.Equal(HttpStatusCode.Redirect, hide.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, move.StatusCode);
        Assert.StartsWith("/?customize=true#pref-", move.Headers.Location?.OriginalString);
        Assert.DoesNotContain(initial[0], staffPage);
        Assert.Equal(initial[2], staffPage[0]);
        Assert.Equal(initial[1], staffPage[1]);
        Assert.Contains(initial[0], leaderPage);
    }

    [Fact]
    public async Task CustomizePanelOffersCheckboxesAndMoveButtons()
    {
        var staff = await _site.LoginAsync("staff");

        var body = await staff.GetStringAsync("/?customize=true");

        Assert.Contains("id=\"portal-customize\"", body);
        Assert.Contains("collapse show portal-customize", body);
        Assert.Contains("type=\"checkbox\" name=\"visible\" value=\"Portal.MyInfo\"", body);
        Assert.Contains("name=\"command\" value=\"up:Portal.MyInfo\"", body);
        Assert.Contains("name=\"command\" value=\"down:", body);
    }

    [Fact]
    public async Task ResetRestoresTheDefaultPage()
    {
        var staff = await _site.LoginAsync("staff");
        var initial = WidgetOrder(await staff.GetStringAsync("/"));
        await PostAsync(staff, initial, [], "save");

        await PostAsync(staff, initial, [], "reset");

        Assert.Equal(initial, WidgetOrder(await staff.GetStringAsync("/")));
    }

    [Fact]
    public async Task ApiReadsAndChangesTheOrderAndKeepsUnknownWidgets()
    {
        var staff = await _site.LoginAsync("staff");
        var ids = await ApiIdsAsync(staff);
        var reversed = ids.AsEnumerable().Reverse().Select(id => new { id, visible = id != ids[0] }).ToList<object>();
        reversed.Insert(1, new { id = "Meetings.Upcoming", visible = true });

        var put = await staff.PutAsJsonAsync("/api/portal/widgets", new { widgets = reversed });
        var after = await ApiAsync(staff);
        var page = WidgetOrder(await staff.GetStringAsync("/"));

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal(ids.AsEnumerable().Reverse(), after.Select(w => w.GetProperty("id").GetString()));
        Assert.False(after.Single(w => w.GetProperty("id").GetString() == ids[0]).GetProperty("visible").GetBoolean());
        Assert.Equal(ids.Skip(1).Reverse(), page);
    }

    [Fact]
    public async Task ApiRefusesBadInputAndChangesNothing()
    {
        var staff = await _site.LoginAsync("staff");
        var before = await ApiIdsAsync(staff);

        var duplicate = await staff.PutAsJsonAsync("/api/portal/widgets", new { widgets = new[] { new { id = before[0] }, new { id = before[0] } } });
        var badId = await staff.PutAsJsonAsync("/api/portal/widgets", new { widgets = new[] { new { id = "<script>" } } });
        var missing = await staff.PutAsJsonAsync("/api/portal/widgets", new { items = Array.Empty<object>() });

        Assert.Equal(HttpStatusCode.BadRequest, duplicate.StatusCode);
        Assert.Contains("widgets[1].id", await duplicate.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, badId.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal(before, await ApiIdsAsync(staff));
    }

    [Fact]
    public async Task ApiAndFormRefuseAnonymousCallers()
    {
        var anonymous = _site.CreateAnonymousClient();

        var get = await anonymous.GetAsync("/api/portal/widgets");
        var put = await anonymous.PutAsJsonAsync("/api/portal/widgets", new { widgets = Array.Empty<object>() });
        var form = await anonymous.PostAsync("/portal/widgets", new FormUrlEncodedContent([new("command", "reset")]));

        Assert.Equal(HttpStatusCode.Unauthorized, get.StatusCode);
        Assert.True(put.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.BadRequest or HttpStatusCode.Forbidden);
        Assert.NotEqual(HttpStatusCode.OK, form.StatusCode);
        Assert.False(form.StatusCode == HttpStatusCode.Redirect && form.Headers.Location?.OriginalString == "/");
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, IEnumerable<string> order, IEnumerable<string> visible, string command)
    {
        var fields = order.Select(id => new KeyValuePair<string, string>("order", id))
            .Concat(visible.Select(id => new KeyValuePair<string, string>("visible", id)))
            .Append(new("command", command));
        return await client.PostAsync("/portal/widgets", new FormUrlEncodedContent(fields));
    }

    private static List<string> WidgetOrder(string html) =>
        Regex.Matches(html, "<div class=\"col-12 col-md-6 [^\"]*\" data-widget=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();

    private static async Task<List<JsonElement>> ApiAsync(HttpClient client)
    {
        using var document = JsonDocument.Parse(await client.GetStringAsync("/api/portal/widgets"));
        return document.RootElement.GetProperty("widgets").EnumerateArray().Select(e => e.Clone()).ToList();
    }

    private static async Task<List<string>> ApiIdsAsync(HttpClient client) =>
        (await ApiAsync(client)).Select(w => w.GetProperty("id").GetString()!).ToList();
}
