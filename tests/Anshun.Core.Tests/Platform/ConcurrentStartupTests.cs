using System.Net.Http.Json;
using System.Text.Json;
using Anshun.Core.Audit;
using Anshun.Testing;

namespace Anshun.Core.Tests.Platform;

/// <summary>Nodes starting together on one empty database migrate and set it up exactly once.</summary>
public sealed class ConcurrentStartupTests
{
    [Fact]
    public async Task TwoNodesStartingOnOneEmptyDatabaseSetItUpOnce()
    {
        await using var first = new AnshunSiteFactory();
        await using var second = first.CreateSecondNode();

        await Task.WhenAll(Task.Run(() => first.Server), Task.Run(() => second.Server));

        var auditor = await first.LoginAsync("auditor");
        var setups = await auditor.GetFromJsonAsync<JsonElement>($"/api/audit?type={AuditEventTypes.RecipeExecuted}&take=100");
        Assert.Equal(1, setups.GetProperty("total").GetInt32());
        var staff = await second.LoginAsync("staff");
        Assert.Equal("staff", (await staff.GetFromJsonAsync<JsonElement>("/api/auth/me")).GetProperty("userName").GetString());
    }
}
