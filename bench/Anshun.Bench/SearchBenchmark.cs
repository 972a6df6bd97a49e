using System.Diagnostics;
using System.Globalization;
using System.Security.Claims;
using Anshun.Core.Users;
using Anshun.Search.Engine;
using Anshun.Search.Indexing;
using Anshun.Search.Services;
using Microsoft.Extensions.DependencyInjection;

namespace Anshun.Bench;

/// <summary>
/// <c>search</c>: issue #4's benchmark in one run. Sets up a demo site, adds the generated corpus as a search
/// source and times the site's own 重建索引 (same mapper, analyzers and writer path); runs fixed two-word
/// queries as the staff member (教育局, section gates applied) through the site's <see cref="SearchService"/>;
/// reports process memory; does the same corpus and queries on SQLite FTS5 trigram; measures both on the
/// judged set; prints a Markdown table.
/// </summary>
public static class SearchBenchmark
{
    public static async Task<int> RunAsync(string[] arguments)
    {
        var args = new BenchArgs(arguments);
        var count = args.GetInt("documents", 200_000);
        var queryCount = args.GetInt("queries", 500);
        var warmupCount = args.GetInt("warmup", 100);
        var work = Path.GetFullPath(args.Get("work") ?? "/tmp/sbench");
        var corpus = Path.GetFullPath(args.Get("corpus") ?? "tests/Anshun.Search.Tests/Corpus");
        var results = new SearchBenchResults(count, queryCount);

        var appData = Path.Combine(work, "site-" + count);
        // --reuse: query the index a previous run built (for profiling queries); the FTS5 side is rebuilt as usual.
        var reuse = Array.IndexOf(arguments, "--reuse") >= 0 && Directory.Exists(appData);
        if (Directory.Exists(appData) && !reuse)
        {
            Directory.Delete(appData, recursive: true);
        }

        Directory.CreateDirectory(appData);
        var indexPath = Path.Combine(appData, "search");
        var source = new GeneratedSearchSource(count);
        var queries = SearchQuerySet.Create(queryCount, 2026);
        var warmup = SearchQuerySet.Create(warmupCount, 4);

        await using (var site = new SearchBenchSite(appData, indexPath, SearchRebuildBenchmark.NodeName, source))
        {
            var services = site.Services;
            var targets = await DemoContentGenerator.LoadTargetsAsync(services);
            source.Generator = new SearchCorpusGenerator(targets["unit:SZFB"]);

            Console.WriteLine($"==> 本引擎：经站点的重建索引写入 {count} 条（{IndexingParallelism.Workers} 个分析线程）");
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var elapsed = reuse ? TimeSpan.Zero : await SearchRebuildBenchmark.TimeRebuildAsync(services);
            var cpuUsed = Process.GetCurrentProcess().TotalProcessorTime - cpu;
            var status = services.GetRequiredService<SearchNodeIndex>().GetStatus();
            results.Ours.Indexed = status.DocumentCount;
            results.Ours.IndexSeconds = elapsed.TotalSeconds;
            if (reuse && Array.IndexOf(arguments, "--queries-only") >= 0)
            {
                await QueryLoopAsync(services, queries);
                return 0;
            }

            results.Ours.IndexCpuSeconds = cpuUsed.TotalSeconds;
            results.Ours.IndexBytes = DirectorySize(status.Directory);
            results.MemoryAfterIndexing = ProcessMemory.Now();
            Console.WriteLine($"    {status.DocumentCount} 条，{elapsed.TotalSeconds:F1} 秒，CPU {cpuUsed.TotalSeconds:F0} 秒；{results.MemoryAfterIndexing}");
            if (status.LastError is { } error)
            {
                Console.WriteLine("    最近错误：" + error);
            }

            var staff = await StaffAsync(services);
            Console.WriteLine($"==> 本引擎：staff（教育局）预热 {warmup.Count} 次，测量 {queries.Count} 次两词查询");
            foreach (var query in warmup)
            {
                await SearchAsync(services, staff, query);
            }

            var hits = 0L;
            (results.Ours.Latencies, results.Ours.QueryCpuMs) = Measure(queries, query =>
            {
                hits += SearchAsync(services, staff, query).GetAwaiter().GetResult();
            });
            results.Ours.MeanTotal = (double)hits / queries.Count;
            results.MemoryAfterQueries = ProcessMemory.Now();
            Console.WriteLine($"    p50 {results.Ours.Latencies.Percentile(50):F2} ms，p95 {results.Ours.Latencies.Percentile(95):F2} ms；{results.MemoryAfterQueries}");
        }

        var ftsPath = Path.Combine(work, "fts5-" + count + ".db");
        using (var fts = Fts5TrigramIndex.Create(ftsPath))
        {
            results.SqliteVersion = fts.SqliteVersion;
            Console.WriteLine($"==> SQLite {fts.SqliteVersion} FTS5 trigram：写入同样的 {count} 条");
            var generator = source.Generator;
            var clock = Stopwatch.StartNew();
            var ftsCpu = Process.GetCurrentProcess().TotalProcessorTime;
            results.Fts5.Indexed = fts.AddAll(Enumerable.Range(0, count).Select(i => (generator.Create(i), (string?)null)));
            results.Fts5.IndexSeconds = clock.Elapsed.TotalSeconds;
            results.Fts5.IndexCpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - ftsCpu).TotalSeconds;
            results.Fts5.IndexBytes = new FileInfo(ftsPath).Length + (File.Exists(ftsPath + "-wal") ? new FileInfo(ftsPath + "-wal").Length : 0);
            Console.WriteLine($"    {results.Fts5.IndexSeconds:F1} 秒");
            foreach (var query in warmup)
            {
                fts.Search(query, includeRestricted: false);
            }

            var found = 0L;
            (results.Fts5.Latencies, results.Fts5.QueryCpuMs) = Measure(queries, query => found += fts.Search(query, includeRestricted: false).Count);
            results.Fts5.MeanTotal = (double)found / queries.Count;
            Console.WriteLine($"    p50 {results.Fts5.Latencies.Percentile(50):F2} ms，p95 {results.Fts5.Latencies.Percentile(95):F2} ms");
        }

        Console.WriteLine("==> 评测集（" + corpus + "）");
        var judged = JudgedSet.Load(corpus);
        using (var index = SearchIndex.OpenInMemory())
        {
            foreach (var (document, text) in judged.Documents)
            {
                index.Upsert(document, text);
            }

            index.Commit(new Dictionary<string, string>());
            results.Ours.Quality = RankingQuality.Measure(judged.Queries, q =>
                index.Search(new SearchRequest(q) { PageSize = RankingQuality.Depth }, JudgedSet.Everything).Hits.Select(h => h.Key).ToList());
        }

        using (var fts = Fts5TrigramIndex.Create(":memory:"))
        {
            fts.AddAll(judged.Documents);
            results.Fts5.Quality = RankingQuality.Measure(judged.Queries, q => fts.Search(q, includeRestricted: true));
        }

        results.JudgedQueries = judged.Queries.Count;
        results.JudgedDocuments = judged.Documents.Count;
        Console.WriteLine();
        results.PrintMarkdown(Console.Out);
        return 0;
    }

    /// <summary>Runs the queries again and again (for a profiler to attach to).</summary>
    private static async Task QueryLoopAsync(IServiceProvider services, IReadOnlyList<string> queries)
    {
        var staff = await StaffAsync(services);
        for (var round = 0; round < 20; round++)
        {
            var clock = Stopwatch.StartNew();
            foreach (var query in queries)
            {
                await SearchAsync(services, staff, query);
            }

            Console.WriteLine($"第 {round + 1} 轮：平均 {clock.Elapsed.TotalMilliseconds / queries.Count:F1} ms/次");
        }
    }

    private static async Task<ClaimsPrincipal> StaffAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<IUserDirectory>().FindByNameAsync("staff")
            ?? throw new InvalidOperationException("演示配方中没有 staff 用户。");
        return new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, user.Id), new Claim(ClaimTypes.Name, user.UserName)], "Bench"));
    }

    /// <summary>One search as the portal runs it: a request scope, the caller's rights resolved, page 1 of 10 with facets and snippets.</summary>
    private static async Task<int> SearchAsync(IServiceProvider services, ClaimsPrincipal user, string query)
    {
        await using var scope = services.CreateAsyncScope();
        var results = await scope.ServiceProvider.GetRequiredService<SearchService>().SearchAsync(user, new SearchRequest(query));
        return results.Total;
    }

    /// <summary>Latencies of the queries run one after another, and the process's CPU time per query (steadier than wall time on a busy machine).</summary>
    private static (LoadResult Latencies, double CpuMsPerQuery) Measure(IReadOnlyList<string> queries, Action<string> run)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var ticks = new long[queries.Count];
        var started = Stopwatch.GetTimestamp();
        for (var i = 0; i < queries.Count; i++)
        {
            var begin = Stopwatch.GetTimestamp();
            run(queries[i]);
            ticks[i] = Stopwatch.GetTimestamp() - begin;
        }

        var elapsed = Stopwatch.GetElapsedTime(started);
        var cpuUsed = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        Array.Sort(ticks);
        return (new LoadResult(ticks, 0, elapsed), cpuUsed.TotalMilliseconds / queries.Count);
    }

    private static long DirectorySize(string path) =>
        Directory.Exists(path) ? new DirectoryInfo(path).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length) : 0;
}
