using Anshun.Core.Data;
using Anshun.Core.Security;
using Anshun.Search.Data;
using Anshun.Search.Engine;
using Anshun.Search.Indexing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Anshun.Search.Tests.Indexing;

/// <summary>Driving a test site's index: queueing tasks as a module would, searching the node, waiting for the worker.</summary>
public static class SearchTestKit
{
    private static readonly SearchReader _anyone = new(new HashSet<string> { "u:test-reader" }, SecretLevel.Public);

    /// <summary>Queues a document task in a committed transaction, as a module does after a change.</summary>
    public static async Task EnqueueAsync(IServiceProvider services, string key)
    {
        await using var scope = services.CreateAsyncScope();
        var session = scope.ServiceProvider.GetRequiredService<IDataSession>();
        await using var transaction = await session.BeginTransactionAsync();
        await scope.ServiceProvider.GetRequiredService<SearchIndexQueue>().EnqueueAsync(FakeSearchSource.SourceName, key);
        await transaction.CommitAsync();
    }

    public static async Task EnqueueScopeAsync(IServiceProvider services, string scopeName)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SearchIndexQueue>().EnqueueScopeAsync(FakeSearchSource.SourceName, scopeName);
    }

    /// <summary>Keys of the fake source's documents this node finds for <paramref name="query"/>.</summary>
    public static IReadOnlyList<string> Found(IServiceProvider services, string query) =>
        services.GetRequiredService<SearchNodeIndex>()
            .Search(new SearchRequest(query) { Type = FakeSearchSource.DocumentType, PageSize = SearchRequest.MaxPageSize }, _anyone)
            .Hits.Where(h => h.Source == FakeSearchSource.SourceName).Select(h => h.Key).Order(StringComparer.Ordinal).ToList();

    public static SearchNodeIndex Node(IServiceProvider services) => services.GetRequiredService<SearchNodeIndex>();

    /// <summary>True once the node has applied a task and has no rebuild pending (the start-up rebuild is done).</summary>
    public static bool Settled(IServiceProvider services) => Node(services).Cursor is { Rebuild: null, High: > 0 };

    /// <summary>
    /// Waits for <paramref name="condition"/>; with <paramref name="advance"/> the node's clock moves a second at a time,
    /// which is what lets its background tasks poll. Without it only work started by the node itself can make it true.
    /// </summary>
    public static Task WaitUntilAsync(FakeTimeProvider time, Func<bool> condition, bool advance = true, string what = "条件成立") =>
        WaitUntilAsync(time, () => Task.FromResult(condition()), advance, what);

    public static async Task WaitUntilAsync(FakeTimeProvider time, Func<Task<bool>> condition, bool advance = true, string what = "条件成立")
    {
        for (var attempt = 0; attempt < 300; attempt++)
        {
            if (await condition())
            {
                return;
            }

            if (advance)
            {
                time.Advance(TimeSpan.FromSeconds(1));
            }

            await Task.Delay(50);
        }

        Assert.True(await condition(), "等待超时：" + what);
    }

    public static async Task<T> DbAsync<T>(IServiceProvider services, Func<SearchDbContext, Task<T>> read)
    {
        await using var scope = services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<SearchDbContext>());
    }

    public static Task<int> TaskCountAsync(IServiceProvider services, SearchTaskKind kind) =>
        DbAsync(services, db => db.Tasks.CountAsync(t => t.Kind == kind));
}
