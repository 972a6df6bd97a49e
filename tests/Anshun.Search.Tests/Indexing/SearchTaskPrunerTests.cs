using Anshun.Core.Settings;
using Anshun.Search.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Anshun.Search.Tests.Indexing;

/// <summary>The task log is pruned after 14 days once every live node passed it; a node left behind the pruned range rebuilds.</summary>
public sealed class SearchTaskPrunerTests : IAsyncLifetime
{
    private readonly SearchSiteFactory _site = new();

    public Task InitializeAsync() =>
        SearchTestKit.WaitUntilAsync(_site.Time, () => SearchTestKit.Settled(_site.Services), what: "启动时的重建完成");

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task TasksOlderThanFourteenDaysThatEveryNodePassedAreDeleted()
    {
        _site.Source.Put("old", "两周前的安顺市防汛通知");
        await SearchTestKit.EnqueueAsync(_site.Services, "old");
        var oldTask = await SearchTestKit.DbAsync(_site.Services, db => db.Tasks.MaxAsync(t => t.Id));
        await SearchTestKit.WaitUntilAsync(_site.Time, () => SearchTestKit.Node(_site.Services).GetStatus().Cursor == oldTask, advance: false);

        // Hours pass a few at a time, so the node keeps reporting (it stays live) and the six-hourly pruning runs.
        for (var hour = 0; hour < 15 * 24 && await TaskExistsAsync(oldTask); hour += 3)
        {
            _site.Time.Advance(TimeSpan.FromHours(3));
            await Task.Delay(30);
        }

        await SearchTestKit.WaitUntilAsync(_site.Time, async () => !await TaskExistsAsync(oldTask), what: "旧任务被清理");
        await using var scope = _site.Services.CreateAsyncScope();
        var state = await scope.ServiceProvider.GetRequiredService<ISiteSettings>().GetAsync<SearchPruneState>(SearchPruneState.Key);
        Assert.True(state.PrunedThrough >= oldTask);
        Assert.Equal(["old"], SearchTestKit.Found(_site.Services, "防汛"));
    }

    [Fact]
    public async Task ANodeBehindThePrunedRangeQueuesItsOwnRebuild()
    {
        var rebuilds = await SearchTestKit.TaskCountAsync(_site.Services, SearchTaskKind.Rebuild);
        var high = SearchTestKit.Node(_site.Services).Cursor!.High;
        await using (var scope = _site.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ISiteSettings>()
                .SetAsync(SearchPruneState.Key, new SearchPruneState { PrunedThrough = high + 1 });
        }

        await SearchTestKit.WaitUntilAsync(_site.Time, async () => await SearchTestKit.TaskCountAsync(_site.Services, SearchTaskKind.Rebuild) == rebuilds + 1,
            what: "落后的节点请求重建");
        await SearchTestKit.WaitUntilAsync(_site.Time, () => SearchTestKit.Settled(_site.Services) && SearchTestKit.Node(_site.Services).Cursor!.High > high,
            what: "重建完成");
        var rebuild = await SearchTestKit.DbAsync(_site.Services, db => db.Tasks.Where(t => t.Kind == SearchTaskKind.Rebuild).OrderBy(t => t.Id).LastAsync());
        Assert.Equal("node:node1", rebuild.Scope);
    }

    private Task<bool> TaskExistsAsync(long id) => SearchTestKit.DbAsync(_site.Services, db => db.Tasks.AnyAsync(t => t.Id == id));
}
