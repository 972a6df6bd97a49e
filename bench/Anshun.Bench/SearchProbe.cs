using System.Diagnostics;
using System.Globalization;
using Anshun.Core.Security;
using Anshun.Search.Engine;

namespace Anshun.Bench;

/// <summary>
/// <c>search-probe --index DIR</c>: the two-word query set straight on an index folder a <c>search</c> run built,
/// without the site, printing each query's time and total — for tuning the query itself. <c>--results FILE</c> also
/// writes every query's totals, pages (by relevance, pages 1 and 3; newest first) and facets, to compare two builds.
/// </summary>
public static class SearchProbe
{
    public static Task<int> RunAsync(string[] arguments)
    {
        var args = new BenchArgs(arguments);
        var path = args.Get("index") ?? "/tmp/sbench/site-200000/search/bench/r19";
        var rounds = args.GetInt("rounds", 3);
        using var index = SearchIndex.Open(path);
        if (args.Get("merge") is { } segments)
        {
            var clock = Stopwatch.StartNew();
            index.ForceMerge(int.Parse(segments, CultureInfo.InvariantCulture));
            Console.WriteLine($"merged to {segments} segment(s) in {clock.Elapsed.TotalSeconds:F1} s");
        }

        var reader = new SearchReader(new HashSet<string>(StringComparer.Ordinal) { "*", "r:Staff" }, SecretLevel.Internal);
        var queries = SearchQuerySet.Create(args.GetInt("queries", 500), 2026);
        foreach (var query in SearchQuerySet.Create(100, 4))
        {
            index.Search(new SearchRequest(query), reader);
        }

        if (args.Get("results") is { } resultsFile)
        {
            WriteResults(index, reader, queries, resultsFile);
        }

        for (var round = 0; round < rounds; round++)
        {
            var times = new List<(double Ms, string Query, int Total)>();
            var cpu = Environment.CpuUsage.TotalTime;
            foreach (var query in queries)
            {
                var clock = Stopwatch.GetTimestamp();
                var total = index.Search(new SearchRequest(query), reader).Total;
                times.Add((Stopwatch.GetElapsedTime(clock).TotalMilliseconds, query, total));
            }

            var cpuPerQuery = (Environment.CpuUsage.TotalTime - cpu).TotalMilliseconds / queries.Count;
            var sorted = times.OrderBy(t => t.Ms).ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"round {round + 1}: p50 {sorted[sorted.Count / 2].Ms:F2} ms, p95 {sorted[sorted.Count * 95 / 100].Ms:F2} ms, CPU {cpuPerQuery:F2} ms/query, mean hits {times.Average(t => t.Total):F0}, gen0 {GC.CollectionCount(0)} gen2 {GC.CollectionCount(2)} heap {GC.GetTotalMemory(false) / 1048576} MB, pause {GC.GetTotalPauseDuration().TotalMilliseconds:F0} ms"));
            if (round == rounds - 1 && args.Get("detail") is not null)
            {
                foreach (var (ms, query, total) in sorted.DistinctBy(t => t.Query).TakeLast(25))
                {
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {ms,8:F2} ms  {total,6}  {query}"));
                }
            }
        }

        return Task.FromResult(0);
    }

    private static void WriteResults(SearchIndex index, SearchReader reader, IReadOnlyList<string> queries, string path)
    {
        using var output = new StreamWriter(path);
        foreach (var query in queries.Distinct(StringComparer.Ordinal))
        {
            foreach (var request in new[]
            {
                new SearchRequest(query),
                new SearchRequest(query) { Page = 3 },
                new SearchRequest(query) { Sort = SearchSort.Newest },
            })
            {
                var results = index.Search(request, reader);
                var hits = string.Join(' ', results.Hits.Select(h => string.Create(CultureInfo.InvariantCulture, $"{h.Key}:{h.Score:R}")));
                var facets = string.Join(' ', results.Facets.OrderBy(f => f.Key, StringComparer.Ordinal)
                    .SelectMany(f => f.Value.Select(c => $"{f.Key}={c.Value}:{c.Count}")));
                output.WriteLine($"{query}\t{request.Sort}\t{request.Page}\t{results.Total}\t{hits}\t{facets}");
            }
        }
    }
}
