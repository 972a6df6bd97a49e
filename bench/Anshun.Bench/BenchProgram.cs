namespace Anshun.Bench;

/// <summary>
/// <c>dotnet run -c Release --project bench/Anshun.Bench -- &lt;seed|bare|load&gt; [options]</c>;
/// <c>bench/run.sh</c> runs the whole comparison.
/// </summary>
public static class BenchProgram
{
    public static async Task<int> Main(string[] args) => args.FirstOrDefault() switch
    {
        "seed" => await ContentSeeder.RunAsync(args[1..]),
        "bare" => await BareServer.RunAsync(args[1..]),
        "load" => await LoadGenerator.RunAsync(args[1..]),
        "demo-recipe" => await DemoRecipeWriter.RunAsync(args[1..]),
        "search" => await SearchBenchmark.RunAsync(args[1..]),
        "search-rebuild" => await SearchRebuildBenchmark.RunAsync(args[1..]),
        "search-probe" => await SearchProbe.RunAsync(args[1..]),
        "index-probe" => await IndexProbe.RunAsync(args[1..]),
        _ => Usage(),
    };

    private static int Usage()
    {
        Console.Error.WriteLine("""
            用法：
              seed --data <目录> --items <条数>                     以演示配方建站并写入已发布内容（SQLite）
              bare --port <端口> --page-bytes <字节数>              只返回静态内容的最小 ASP.NET Core 站点（对照组）
              demo-recipe --out <文件> [--items 300]                生成演示内容配方
              search [--documents 200000] [--queries 500] [--warmup 100] [--work /tmp/sbench] [--corpus <评测集目录>] [--reuse [--queries-only]]
                                                                全文检索：本引擎与 SQLite FTS5 trigram 的建索引速度、查询延迟、内存与评测集质量
              search-rebuild --data <站点数据目录> [--read-only]   在已写入内容的站点上计时“重建索引”（或只读取数据来源）
              search-probe [--index <索引目录>] [--rounds 3] [--detail 1]  不经站点，直接在索引目录上跑两词查询集
              index-probe [--documents 20000] [--rounds 3]      不经站点，把生成的语料直接写入新索引（两个分析线程）
              load --url <地址> [--login 用户名:密码] [--connections 64] [--seconds 20] [--warmup 5] [--label 名称]
            """);
        return 2;
    }
}
