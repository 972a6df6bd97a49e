using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;

namespace Anshun.Bench;

/// <summary>
/// Writes the demo content recipe (<c>recipes/anshun-demo-content.recipe.json</c>): the same generator
/// as the benchmark, a few hundred items published over the preceding two months, a few pinned notices.
/// </summary>
public static class DemoRecipeWriter
{
    public static async Task<int> RunAsync(string[] arguments)
    {
        var args = new BenchArgs(arguments);
        var output = args.Require("out");
        var count = args.GetInt("items", 300);
        var newest = new DateTime(2026, 11, 24, 8, 30, 0, DateTimeKind.Utc);

        var items = new JsonArray();
        for (var i = 0; i < count; i++)
        {
            var item = DemoContentGenerator.Create(i);
            var published = newest - TimeSpan.FromHours(4.7 * i);
            var node = new JsonObject
            {
                ["contentType"] = item.ContentType,
                ["section"] = item.SectionCode,
                ["title"] = item.Title,
                ["summary"] = item.Summary,
                ["body"] = item.Body,
                ["source"] = item.Source,
                ["issuingUnit"] = item.UnitCode,
                ["importance"] = item.Important ? "Important" : "Normal",
                ["author"] = item.SectionCode.StartsWith("dept-jyj", StringComparison.Ordinal) ? "jyj_editor" : "editor",
                ["publishedUtc"] = published.ToString("yyyy-MM-ddTHH:mm:ssZ"),
                ["fields"] = new JsonObject(item.Fields.Select(f => KeyValuePair.Create(f.Key, (JsonNode?)f.Value))),
            };
            if (item.ContentType == "Notice" && i < 30 && i % 10 == 0)
            {
                node["pinned"] = true;
                node["pinnedUntil"] = "2027-06-30T16:00:00Z";
            }

            items.Add(node);
        }

        var recipe = new JsonObject
        {
            ["name"] = "anshun-demo-content",
            ["displayName"] = "演示内容",
            ["description"] = $"演示用的 {count} 条内容：电子公告、本市信息、部门信息、县区信息与领导讲话（由 bench/Anshun.Bench 的 demo-recipe 命令生成）。",
            ["author"] = "安顺市人民政府办公室",
            ["issetuprecipe"] = false,
            ["steps"] = new JsonArray(new JsonObject { ["name"] = "content", ["items"] = items }),
        };
        var options = new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };
        await File.WriteAllTextAsync(output, recipe.ToJsonString(options) + "\n");
        Console.WriteLine($"已写入 {output}：{count} 条。");
        return 0;
    }
}
