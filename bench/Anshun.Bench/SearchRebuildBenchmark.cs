using System.Diagnostics;
using System.Globalization;
using Anshun.Core.Search;
using Anshun.Search.Indexing;
using Microsoft.Extensions.DependencyInjection;

namespace Anshun.Bench;

/// <summary>
/// <c>search-rebuild --data &lt;seeded site folder&gt;</c>: the site's own 重建索引 over its real sources (content
/// items from SQLite, shared files), timed end to end; with <c>--read-only</c> only the sources are read, to show
/// how much of the time is loading and how much is analysis and writing.
/// </summary>
public static class SearchRebuildBenchmark
{
    public const string NodeName = "bench";

    public static async Task<int> RunAsync(string[] arguments)
    {
        var args = new BenchArgs(arguments);
        var appData = Path.GetFullPath(args.Require("data"));
        var indexPath = Path.GetFullPath(args.Get("index") ?? Path.Combine(appData, "search-bench"));
        if (Directory.Exists(indexPath))
        {
            Directory.Delete(indexPath, recursive: true);
        }

        await using var site = new SearchBenchSite(appData, indexPath, NodeName);
        var services = site.Services;
        if (Array.IndexOf(arguments, "--read-only") >= 0)
        {
            await ReadOnlyAsync(services);
            return 0;
        }

        var elapsed = await TimeRebuildAsync(services);
        var node = services.GetRequiredService<SearchNodeIndex>();
        var status = node.GetStatus();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"RESULT | 重建索引 | {status.DocumentCount} | {elapsed.TotalSeconds:F1} | {status.DocumentCount / elapsed.TotalSeconds:F0} | {ProcessMemory.Now()}"));
        if (status.LastError is { } error)
        {
            Console.WriteLine("最近错误：" + error);
        }

        return 0;
    }

    /// <summary>Queues 重建索引 for the benchmark's node, lets the catch-up reach it, and times the site's rebuilder to the swap.</summary>
    public static async Task<TimeSpan> TimeRebuildAsync(IServiceProvider services)
    {
        var node = services.GetRequiredService<SearchNodeIndex>();
        await using (var scope = services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<SearchIndexQueue>().EnqueueRebuildAsync(NodeName);
        }

        while (node.Cursor?.Rebuild is null)
        {
            await using var scope = services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<SearchCatchUp>().RunAsync(CancellationToken.None);
        }

        var clock = Stopwatch.StartNew();
        await using (var scope = services.CreateAsyncScope())
        {
            if (!await scope.ServiceProvider.GetRequiredService<SearchRebuilder>().RunAsync(CancellationToken.None))
            {
                throw new InvalidOperationException("重建没有完成。");
            }
        }

        return clock.Elapsed;
    }

    private static async Task ReadOnlyAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        foreach (var source in scope.ServiceProvider.GetServices<ISearchIndexSource>())
        {
            var clock = Stopwatch.StartNew();
            var count = 0;
            await foreach (var _ in source.ReadAllAsync(null))
            {
                count++;
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"RESULT | 只读取 {source.Name} | {count} | {clock.Elapsed.TotalSeconds:F1} | {count / clock.Elapsed.TotalSeconds:F0}"));
        }
    }
}
