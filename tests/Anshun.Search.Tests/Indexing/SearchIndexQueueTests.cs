using Anshun.Core.Data;
using Anshun.Search.Data;
using Anshun.Search.Indexing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Anshun.Search.Tests.Indexing;

/// <summary>Index tasks are rows written in the caller's transaction; the node applies its own at once after the commit.</summary>
public sealed class SearchIndexQueueTests : IAsyncLifetime
{
    private readonly SearchSiteFactory _site = new();

    public async Task InitializeAsync() =>
        await SearchTestKit.WaitUntilAsync(_site.Time, () => SearchTestKit.Settled(_site.Services), what: "启动时的重建完成");

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task TaskRowIsWrittenInsideTheTransactionAndNothingRemainsOnRollback()
    {
        var before = await SearchTestKit.TaskCountAsync(_site.Services, SearchTaskKind.Document);
        await using (var scope = _site.Services.CreateAsyncScope())
        {
            var session = scope.ServiceProvider.GetRequiredService<IDataSession>();
            await using var transaction = await session.BeginTransactionAsync();
            await scope.ServiceProvider.GetRequiredService<Anshun.Core.Search.ISearchIndexQueue>().EnqueueAsync(FakeSearchSource.SourceName, "rolled-back");

            var inside = await scope.ServiceProvider.GetRequiredService<SearchDbContext>().Tasks
                .SingleAsync(t => t.Key == "rolled-back");
            Assert.Equal((FakeSearchSource.SourceName, SearchTaskKind.Document, (string?)null), (inside.Source, inside.Kind, inside.Scope));
        }

        Assert.Equal(before, await SearchTestKit.TaskCountAsync(_site.Services, SearchTaskKind.Document));
    }

    [Fact]
    public async Task ACommittedChangeIsFoundOnThisNodeWithoutWaitingForThePoll()
    {
        _site.Source.Put("nudged", "安顺市召开屯堡文化保护工作会议");

        await SearchTestKit.EnqueueAsync(_site.Services, "nudged");

        // The clock stands still: only the nudge after the commit can apply the task.
        await SearchTestKit.WaitUntilAsync(_site.Time, () => SearchTestKit.Found(_site.Services, "屯堡文化").Contains("nudged"),
            advance: false, what: "本节点立即应用自己的更改");
    }

    [Fact]
    public async Task TheKernelQueueIsReplacedByTheModulesQueue()
    {
        await using var scope = _site.Services.CreateAsyncScope();

        Assert.IsType<SearchIndexQueue>(scope.ServiceProvider.GetRequiredService<Anshun.Core.Search.ISearchIndexQueue>());
    }
}
