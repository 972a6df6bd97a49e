using System.Globalization;

namespace Anshun.Bench;

/// <summary>What one <c>search</c> run measured, printed as the Markdown table of docs/benchmarks.md.</summary>
public sealed class SearchBenchResults(int documents, int queries)
{
    public EngineResults Ours { get; } = new();

    public EngineResults Fts5 { get; } = new();

    public ProcessMemory? MemoryAfterIndexing { get; set; }

    public ProcessMemory? MemoryAfterQueries { get; set; }

    public string SqliteVersion { get; set; } = "";

    public int JudgedQueries { get; set; }

    public int JudgedDocuments { get; set; }

    public void PrintMarkdown(TextWriter output)
    {
        var c = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(c, $"语料 {documents} 条；查询 {queries} 次两词查询（staff，单线程逐个执行）；评测集 {JudgedDocuments} 篇 / {JudgedQueries} 个查询；SQLite {SqliteVersion}"));
        output.WriteLine();
        output.WriteLine("| 测量项 | 本引擎（Lucene.Net + SmartCn + 二元） | SQLite FTS5 trigram | 比值（本引擎 / FTS5） |");
        output.WriteLine("|---|---|---|---|");
        Row(output, "建索引（条/秒）", Ours.DocsPerSecond, Fts5.DocsPerSecond, "F0");
        output.WriteLine(string.Create(c, $"| 建索引用时（秒） | {Ours.IndexSeconds:F1} | {Fts5.IndexSeconds:F1} | |"));
        Row(output, "建索引 CPU（毫秒/条）", 1000 * Ours.IndexCpuSeconds / Math.Max(1, Ours.Indexed), 1000 * Fts5.IndexCpuSeconds / Math.Max(1, Fts5.Indexed), "F2");
        output.WriteLine(string.Create(c, $"| 索引大小（MB） | {Ours.IndexBytes / 1048576.0:F0} | {Fts5.IndexBytes / 1048576.0:F0} | |"));
        Row(output, "查询 p50（ms）", Ours.Latencies?.Percentile(50), Fts5.Latencies?.Percentile(50), "F2");
        Row(output, "查询 p95（ms）", Ours.Latencies?.Percentile(95), Fts5.Latencies?.Percentile(95), "F2");
        Row(output, "查询 p99（ms）", Ours.Latencies?.Percentile(99), Fts5.Latencies?.Percentile(99), "F2");
        Row(output, "查询 CPU（毫秒/次，平均）", Ours.QueryCpuMs, Fts5.QueryCpuMs, "F2");
        output.WriteLine(string.Create(c, $"| 每次查询平均命中 | {Ours.MeanTotal:F0}（总数） | {Fts5.MeanTotal:F1}（只取前 10） | |"));
        Row(output, "评测集 recall@10", Ours.Quality.Recall, Fts5.Quality.Recall, "F3");
        Row(output, "评测集 nDCG@10", Ours.Quality.Ndcg, Fts5.Quality.Ndcg, "F3");
        output.WriteLine($"| 进程内存：建索引后 | {MemoryAfterIndexing} | | |");
        output.WriteLine($"| 进程内存：查询后 | {MemoryAfterQueries} | | |");
    }

    private static void Row(TextWriter output, string label, double? ours, double? fts5, string format)
    {
        var c = CultureInfo.InvariantCulture;
        var ratio = ours is { } o && fts5 is { } f && f > 0 ? (o / f).ToString("F2", c) : "";
        output.WriteLine($"| {label} | {ours?.ToString(format, c)} | {fts5?.ToString(format, c)} | {ratio} |");
    }

    public sealed class EngineResults
    {
        public int Indexed { get; set; }

        public double IndexSeconds { get; set; }

        public double IndexCpuSeconds { get; set; }

        public long IndexBytes { get; set; }

        public double DocsPerSecond => IndexSeconds > 0 ? Indexed / IndexSeconds : 0;

        public LoadResult? Latencies { get; set; }

        public double MeanTotal { get; set; }

        public double QueryCpuMs { get; set; }

        public (double Recall, double Ndcg) Quality { get; set; }
    }
}
