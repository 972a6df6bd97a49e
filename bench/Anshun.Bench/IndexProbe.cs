using System.Diagnostics;
using System.Globalization;
using Anshun.Search.Engine;

namespace Anshun.Bench;

/// <summary>
/// <c>index-probe [--documents 20000] [--rounds 3]</c>: writes generated documents straight into a fresh on-disk
/// index with one worker per core, without the site or its database — for tuning analysis and the write path.
/// </summary>
public static class IndexProbe
{
    public static Task<int> RunAsync(string[] arguments)
    {
        var args = new BenchArgs(arguments);
        var documents = args.GetInt("documents", 20_000);
        var generator = new SearchCorpusGenerator("");
        for (var round = 0; round < args.GetInt("rounds", 3); round++)
        {
            var path = Path.Combine(Path.GetTempPath(), "anshun-index-probe");
            if (Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
            }

            using var index = SearchIndex.Open(path);
            var clock = Stopwatch.StartNew();
            Parallel.For(0, documents, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
                i => index.Upsert(generator.Create(i), null));
            index.Commit(new Dictionary<string, string>());
            var seconds = clock.Elapsed.TotalSeconds;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"round {round + 1}: {documents} documents in {seconds:F1} s, {documents / seconds:F0}/s, gen0 {GC.CollectionCount(0)} gen2 {GC.CollectionCount(2)}"));
        }

        return Task.FromResult(0);
    }
}
