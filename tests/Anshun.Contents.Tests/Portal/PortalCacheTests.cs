using Anshun.Testing;

namespace Anshun.Contents.Tests.Portal;

/// <summary>The home page and lists are cached; publishing, unpublishing and removing show at once.</summary>
public sealed class PortalCacheTests
{
    [Fact]
    public async Task PublishShowsOnTheCachedHomeAndListAtOnceAndUnpublishRemovesIt()
    {
        await using var site = new PortalSite();
        var staff = await site.LoginAsync("staff");
        await staff.GetStringAsync("/");
        await staff.GetStringAsync("/sections/city-news");
        var editor = await site.LoginAsync("editor");

        var id = await site.PublishAsync(editor, "Article", "city-news", "缓存测试：刚刚发布的本市信息");
        var homeAfterPublish = await staff.GetStringAsync("/");
        var listAfterPublish = await staff.GetStringAsync("/sections/city-news");
        await editor.PostAsync($"/api/content/{id}/unpublish", null);
        var homeAfterUnpublish = await staff.GetStringAsync("/");

        Assert.Contains($"href=\"/content/{id}\"", homeAfterPublish);
        Assert.Contains($"href=\"/content/{id}\"", listAfterPublish);
        Assert.DoesNotContain($"href=\"/content/{id}\"", homeAfterUnpublish);
    }

    [Fact]
    public async Task RemovedItemLeavesTheCachedHome()
    {
        await using var site = new PortalSite();
        var editor = await site.LoginAsync("editor");
        var id = await site.PublishAsync(editor, "Article", "city-news", "缓存测试：将被删除的本市信息");
        var staff = await site.LoginAsync("staff");
        var before = await staff.GetStringAsync("/");

        await editor.DeleteAsync($"/api/content/{id}");
        var after = await staff.GetStringAsync("/");

        Assert.Contains($"href=\"/content/{id}\"", before);
        Assert.DoesNotContain($"href=\"/content/{id}\"", after);
    }

    [Fact]
    public async Task AnotherNodeNoticesAPublishWithinASecond()
    {
        await using var site = new PortalSite();
        var staffOnFirst = await site.LoginAsync("staff");
        await staffOnFirst.GetStringAsync("/");
        await using var second = site.CreateSecondNode();
        var staffOnSecond = await second.LoginAsync("staff");
        await staffOnSecond.GetStringAsync("/");
        var editor = await site.LoginAsync("editor");

        var id = await site.PublishAsync(editor, "Article", "city-news", "缓存测试：另一节点发布的本市信息");
        second.Time.Advance(TimeSpan.FromSeconds(2));
        var onSecond = await staffOnSecond.GetStringAsync("/");

        Assert.Contains($"href=\"/content/{id}\"", onSecond);
    }
}
