using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Anshun.Core.Audit;
using Anshun.Core.Data;
using Anshun.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Anshun.Audit.Tests.Http;

public sealed class AuditApiEndpointsTests
{
    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();

    private static async Task<int> ExecuteSqlAsync(AnshunSiteFactory site, string sql)
    {
        await using var connection = site.Services.GetRequiredService<DatabaseProvider>().CreateConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteNonQueryAsync();
    }

    [Fact]
    public async Task AuditorReadsTheLogNewestFirstWithChineseEventNames()
    {
        await using var site = new AnshunSiteFactory();
        var auditor = await site.LoginAsync("auditor");

        var page = await auditor.GetFromJsonAsync<JsonElement>("/api/audit");

        var items = page.GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(items);
        Assert.Equal(page.GetProperty("total").GetInt32(), items.Count);
        var sequences = items.Select(i => i.GetProperty("sequence").GetInt64()).ToList();
        Assert.Equal(sequences.OrderDescending(), sequences);
        var recipe = items.Single(i => i.GetProperty("eventType").GetString() == AuditEventTypes.RecipeExecuted
            && i.GetProperty("target").GetString() == "anshun-demo");
        Assert.Equal("执行配方", recipe.GetProperty("eventName").GetString());
        Assert.Matches("^[0-9a-f]{64}$", recipe.GetProperty("hash").GetString());
    }

    [Fact]
    public async Task FiltersByTypeUserDayAndTake()
    {
        await using var site = new AnshunSiteFactory();
        var auditor = await site.LoginAsync("auditor");
        var today = Core.Time.ChinaTime.FromUtc(site.Time.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd");
        var tomorrow = Core.Time.ChinaTime.FromUtc(site.Time.GetUtcNow().UtcDateTime.AddDays(1)).ToString("yyyy-MM-dd");

        var recipes = await auditor.GetFromJsonAsync<JsonElement>($"/api/audit?type={AuditEventTypes.RecipeExecuted}&from={today}&to={today}");
        var none = await auditor.GetFromJsonAsync<JsonElement>($"/api/audit?from={tomorrow}");
        var one = await auditor.GetFromJsonAsync<JsonElement>("/api/audit?take=1");
        var nobody = await auditor.GetFromJsonAsync<JsonElement>("/api/audit?user=nobody");

        Assert.All(recipes.GetProperty("items").EnumerateArray(), i => Assert.Equal(AuditEventTypes.RecipeExecuted, i.GetProperty("eventType").GetString()));
        Assert.True(recipes.GetProperty("total").GetInt32() >= 1);
        Assert.Equal(0, none.GetProperty("total").GetInt32());
        Assert.Single(one.GetProperty("items").EnumerateArray());
        Assert.Equal(0, nobody.GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("from=昨天", "from")]
    [InlineData("to=2026-02-30", "to")]
    [InlineData("from=2026-03-02&to=2026-03-01", "to")]
    [InlineData("take=0", "take")]
    [InlineData("take=1001", "take")]
    [InlineData("take=many", "take")]
    [InlineData("skip=-1", "skip")]
    public async Task BadQueryIsRefusedNamingTheField(string query, string field)
    {
        await using var site = new AnshunSiteFactory();
        var auditor = await site.LoginAsync("auditor");

        var response = await auditor.GetAsync("/api/audit?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await JsonAsync(response);
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", problem.GetProperty("errors").GetProperty(field)[0].GetString());
    }

    [Fact]
    public async Task VerificationFindsAlteredAndRemovedRecordsAndIsAudited()
    {
        await using var site = new AnshunSiteFactory();
        var auditor = await site.LoginAsync("auditor");

        var intact = await JsonAsync(await auditor.PostAsync("/api/audit/verify", null));
        Assert.True(intact.GetProperty("valid").GetBoolean());
        Assert.True(intact.GetProperty("count").GetInt64() >= 2);
        Assert.Equal(JsonValueKind.Null, intact.GetProperty("firstBrokenSequence").ValueKind);

        await ExecuteSqlAsync(site, "UPDATE \"Audit_Records\" SET \"Detail\" = '无事发生' WHERE \"Sequence\" = 2");
        var altered = await JsonAsync(await auditor.PostAsync("/api/audit/verify", null));
        Assert.False(altered.GetProperty("valid").GetBoolean());
        Assert.Equal(2, altered.GetProperty("firstBrokenSequence").GetInt64());
        Assert.Equal("altered", altered.GetProperty("problem").GetString());
        Assert.Contains("第 2 条", altered.GetProperty("reason").GetString());

        await ExecuteSqlAsync(site, "DELETE FROM \"Audit_Records\" WHERE \"Sequence\" = 2");
        var removed = await JsonAsync(await auditor.PostAsync("/api/audit/verify", null));
        Assert.False(removed.GetProperty("valid").GetBoolean());
        Assert.Equal(2, removed.GetProperty("firstBrokenSequence").GetInt64());
        Assert.Equal("missing", removed.GetProperty("problem").GetString());

        var verifications = await auditor.GetFromJsonAsync<JsonElement>($"/api/audit?type={AuditEventTypes.AuditVerified}");
        var results = verifications.GetProperty("items").EnumerateArray()
            .Select(i => (i.GetProperty("userName").GetString(), i.GetProperty("succeeded").GetBoolean())).ToList();
        Assert.Equal([("auditor", false), ("auditor", false), ("auditor", true)], results);
    }

    [Theory]
    [InlineData("admin")]
    [InlineData("secadmin")]
    [InlineData("editor")]
    [InlineData("staff")]
    public async Task OnlyTheAuditorMayReadOrVerify(string userName)
    {
        await using var site = new AnshunSiteFactory();
        var client = await site.LoginAsync(userName);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/audit")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsync("/api/audit/verify", null)).StatusCode);
        AssertPageRefused(await client.GetAsync("/admin/audit"));
        AssertPageRefused(await client.PostAsync("/admin/audit/verify", null));
    }

    /// <summary>A browser page answers 403 or sends the user to the access-denied page.</summary>
    private static void AssertPageRefused(HttpResponseMessage response) =>
        Assert.True(
            response.StatusCode == HttpStatusCode.Forbidden
                || response.StatusCode == HttpStatusCode.Redirect
                    && response.Headers.Location?.OriginalString.Contains("/access-denied", StringComparison.Ordinal) == true,
            $"{(int)response.StatusCode} {response.Headers.Location}");

    [Fact]
    public async Task AnonymousCallerIsUnauthorized()
    {
        await using var site = new AnshunSiteFactory();
        var client = site.CreateAnonymousClient();

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/audit")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsync("/api/audit/verify", null)).StatusCode);
    }
}
