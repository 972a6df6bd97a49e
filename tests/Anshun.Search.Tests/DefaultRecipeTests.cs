using System.Net.Http.Json;
using System.Text.Json;
using Anshun.Core.Modules;
using Anshun.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Anshun.Search.Tests;

/// <summary>A fresh install from the default recipe (anshun-portal) has search on, run by the 系统管理员 alone.</summary>
public sealed class DefaultRecipeTests
{
    [Fact]
    public async Task TheDefaultRecipeTurnsSearchOnAndOnlyTheSystemAdministratorManagesIt()
    {
        await using var site = new AnshunSiteFactory("anshun-portal");
        var admin = await site.LoginAsync("admin");

        var roles = await admin.GetFromJsonAsync<JsonElement>("/api/roles");
        var managers = roles.EnumerateArray()
            .Where(r => r.GetProperty("permissions").EnumerateArray().Any(p => p.GetString() == SearchPermissions.Manage))
            .Select(r => r.GetProperty("name").GetString());

        Assert.True(site.Services.GetRequiredService<ModuleCatalog>().IsEnabled("Anshun.Search"));
        Assert.Equal(["SystemAdministrator"], managers);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await admin.GetAsync("/api/search/status")).StatusCode);
        Assert.Contains("href=\"/admin/search\"", await admin.GetStringAsync("/admin"));
    }
}
