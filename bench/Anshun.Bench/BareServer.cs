using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Anshun.Contents.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Anshun.Bench;

/// <summary>
/// The comparison baseline: the least ASP.NET Core can do on this machine. <c>/page</c> returns a
/// static body as large as the portal's home page; <c>/items</c> serializes 20 list items of the
/// content API's own shape on every request.
/// </summary>
public static class BareServer
{
    public static async Task<int> RunAsync(string[] arguments)
    {
        var args = new BenchArgs(arguments);
        var port = args.GetInt("port", 5099);
        var page = FillerPage(args.GetInt("page-bytes", 30_000));
        var items = SampleItems();

        var builder = WebApplication.CreateBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        app.MapGet("/page", () => Results.Bytes(page, "text/html; charset=utf-8"));
        var json = new JsonSerializerOptions(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };
        app.MapGet("/items", () => Results.Json(new ContentListDto(items, 1, 20, 100_000, 5_000), json));
        Console.WriteLine($"对照站点：http://127.0.0.1:{port}/page（{page.Length} 字节）与 /items（20 条）");
        await app.RunAsync();
        return 0;
    }

    private static byte[] FillerPage(int size)
    {
        var html = new StringBuilder("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>对照页</title></head><body>");
        var line = "<p>安顺市人民政府办公信息系统对照页面，用于测量最小 ASP.NET Core 端点的吞吐量。</p>";
        while (Encoding.UTF8.GetByteCount(html.ToString()) + Encoding.UTF8.GetByteCount(line) + 14 < size)
        {
            html.Append(line);
        }

        html.Append("</body></html>");
        return Encoding.UTF8.GetBytes(html.ToString());
    }

    private static List<ContentSummaryDto> SampleItems() =>
        Enumerable.Range(0, 20).Select(i =>
        {
            var item = DemoContentGenerator.Create(i);
            var id = Guid.CreateVersion7().ToString("N");
            return new ContentSummaryDto(id, item.ContentType, new NamedRef(Guid.CreateVersion7().ToString("N"), item.SectionCode, "部门信息"),
                item.Title, item.Summary, new NamedRef(Guid.CreateVersion7().ToString("N"), item.UnitCode, item.Source),
                DateTime.UtcNow.AddMinutes(-i * 5), i == 0, "Normal", 12 + i, 1, $"/content/{id}");
        }).ToList();
}
