using System.Text.Json;
using System.Text.Json.Nodes;
using Anshun.Contents.Models;
using Anshun.Contents.Services;
using Anshun.Core.Recipes;

namespace Anshun.Contents.Recipes;

/// <summary>
/// <c>{"name":"content","items":[{"contentType","section","title","summary","body","source","issuingUnit",
/// "importance","pinned","pinnedUntil","fields":{...},"author","publishedUtc"}]}</c>: imports items as the
/// named author (user name), with the same validation and sanitization as the editor but without
/// section rules. <c>publishedUtc</c> publishes the item as of that time; absent or null leaves a draft.
/// </summary>
public sealed class ContentStep(ContentImporter importer) : IRecipeStepHandler
{
    public string StepName => "content";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        if (context.Step["items"] is not JsonArray items)
        {
            throw new RecipeStepException("缺少“items”，或“items”不是数组。");
        }

        var entries = new List<ContentImportEntry>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            var node = items[i] as JsonObject ?? throw new RecipeStepException($"第 {i + 1} 条内容不是 JSON 对象。");
            entries.Add(Parse(node, i));
        }

        await importer.ImportAsync(entries, cancellationToken);
    }

    private static ContentImportEntry Parse(JsonObject node, int index)
    {
        var title = Text(node, "title", index);
        var label = title is null ? $"第 {index + 1} 条内容" : $"第 {index + 1} 条内容“{title}”";
        var importance = ContentImportance.Normal;
        if (Text(node, "importance", index) is { } importanceText && !Enum.TryParse(importanceText, ignoreCase: true, out importance))
        {
            throw new RecipeStepException($"{label}的“importance”无效：“{importanceText}”，应为 Normal、Important 或 Urgent。");
        }

        var fields = node["fields"] switch
        {
            null => new Dictionary<string, JsonNode?>(StringComparer.Ordinal),
            JsonObject obj => obj.ToDictionary(p => p.Key, p => p.Value?.DeepClone(), StringComparer.Ordinal),
            _ => throw new RecipeStepException($"{label}的“fields”必须是 JSON 对象。"),
        };

        var input = new ContentInput
        {
            ContentType = Text(node, "contentType", index) ?? throw new RecipeStepException($"{label}缺少“contentType”。"),
            SectionId = Text(node, "section", index),
            Title = title,
            Summary = Text(node, "summary", index),
            Body = Text(node, "body", index),
            Source = Text(node, "source", index),
            IssuingUnitId = Text(node, "issuingUnit", index),
            Pinned = Bool(node, "pinned", label),
            PinnedUntilUtc = Time(node, "pinnedUntil", label),
            Importance = importance,
            Fields = fields,
        };
        return new ContentImportEntry(label, input, Text(node, "author", index), Time(node, "publishedUtc", label));
    }

    private static string? Text(JsonObject node, string property, int index) => node[property] switch
    {
        null => null,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => string.IsNullOrWhiteSpace(v.GetValue<string>()) ? null : v.GetValue<string>(),
        _ => throw new RecipeStepException($"第 {index + 1} 条内容的“{property}”必须是字符串。"),
    };

    private static bool Bool(JsonObject node, string property, string label) => node[property] switch
    {
        null => false,
        JsonValue v when v.GetValueKind() is JsonValueKind.True or JsonValueKind.False => v.GetValue<bool>(),
        _ => throw new RecipeStepException($"{label}的“{property}”必须是 true 或 false。"),
    };

    private static DateTime? Time(JsonObject node, string property, string label)
    {
        if (node[property] is null)
        {
            return null;
        }

        if (node[property] is JsonValue v && v.GetValueKind() == JsonValueKind.String
            && DateTimeOffset.TryParse(v.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture,
                System.Globalization.DateTimeStyles.AssumeUniversal, out var time))
        {
            return time.UtcDateTime;
        }

        throw new RecipeStepException($"{label}的“{property}”必须是 ISO 8601 时间，例如 2026-11-20T02:00:00Z。");
    }
}
