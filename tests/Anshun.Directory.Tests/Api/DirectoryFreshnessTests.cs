using System.Net;
using Anshun.StaffDirectory.Services;
using Anshun.Testing;

namespace Anshun.StaffDirectory.Tests.Api;

public sealed class DirectoryFreshnessTests
{
    [Fact]
    public async Task ADisabledUserLeavesTheDirectoryWithinTheCacheLifetime()
    {
        await using var site = new AnshunSiteFactory();
        var staff = await site.LoginAsync("staff");
        Assert.Contains("李明", (await staff.SearchAsync("q=liming")).Names());
        var admin = await site.LoginAsync("admin");
        var users = await (await admin.GetAsync("/api/users?q=jyj_editor")).JsonAsync();
        var id = users.GetProperty("items")[0].GetProperty("id").GetString();

        var disabled = await admin.PostAsync($"/api/users/{id}/disable", null);
        site.Time.Advance(DirectorySnapshotCache.Lifetime + TimeSpan.FromSeconds(1));
        var after = await staff.SearchAsync("q=liming");

        Assert.Equal(HttpStatusCode.OK, disabled.StatusCode);
        Assert.DoesNotContain("李明", after.Names());
    }
}
