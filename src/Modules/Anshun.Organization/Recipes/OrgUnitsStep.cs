using System.Text.Json;
using System.Text.Json.Nodes;
using Anshun.Core.Recipes;
using Anshun.Organization.Models;
using Anshun.Organization.Services;
using Microsoft.Extensions.Logging;

namespace Anshun.Organization.Recipes;

/// <summary>
/// <c>{ "name": "orgunits", "units": [ { "code", "name", "shortName", "kind", "phone", "address", "children": [...] } ] }</c>:
/// the org tree, upserted by code; sort order follows the array order.
/// </summary>
public sealed class OrgUnitsStep(OrgUnitImporter importer, ILogger<OrgUnitsStep> logger) : IRecipeStepHandler
{
    private static readonly HashSet<string> _knownFields =
        new(["code", "name", "shortName", "kind", "phone", "address", "children"], StringComparer.OrdinalIgnoreCase);

    public string StepName => "orgunits";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        if (context.Step["units"] is not JsonArray units)
        {
            throw new RecipeStepException("缺少“units”，或“units”不是数组。");
        }

        var roots = ParseList(units, "顶级");
        try
        {
            var (created, updated) = await importer.ImportAsync(roots, cancellationToken);
            logger.LogInformation("orgunits: {Created} units created, {Updated} updated.", created, updated);
        }
        catch (OrgValidationException ex)
        {
            throw new RecipeStepException(ex.Message);
        }
    }

    private static List<OrgUnitDefinition> ParseList(JsonArray array, string parentLabel)
    {
        var result = new List<OrgUnitDefinition>(array.Count);
        for (var i = 0; i < array.Count; i++)
        {
            if (array[i] is not JsonObject obj)
            {
                throw new RecipeStepException($"“{parentLabel}”下的第 {i + 1} 个单位不是 JSON 对象。");
            }

            result.Add(Parse(obj, $"“{parentLabel}”下的第 {i + 1} 个单位"));
        }

        return result;
    }

    private static OrgUnitDefinition Parse(JsonObject obj, string position)
    {
        var name = Text(obj, "name", position);
        var code = Text(obj, "code", name is null ? position : null);
        var label = name is not null ? $"单位“{name}”" : $"{position}（代码 {code}）";
        if (name is null)
        {
            throw new RecipeStepException($"{label}缺少“name”。");
        }

        if (code is null)
        {
            throw new RecipeStepException($"{label}缺少“code”。");
        }

        if (obj.Select(p => p.Key).FirstOrDefault(k => !_knownFields.Contains(k)) is { } unknown)
        {
            throw new RecipeStepException($"{label}含有无法识别的字段“{unknown}”。");
        }

        var kindText = Text(obj, "kind", label);
        if (kindText is null)
        {
            throw new RecipeStepException($"{label}缺少“kind”。");
        }

        if (!OrgUnitRules.TryParseKind(kindText, out var kind))
        {
            throw new RecipeStepException($"{label}的“kind”无效：“{kindText}”，应为 Office、Department、County、Township 或 Division。");
        }

        var input = new OrgUnitInput(code, name, Text(obj, "shortName", label), kind, null, Text(obj, "phone", label), Text(obj, "address", label));
        if (OrgUnitRules.Validate(input) is [var first, ..])
        {
            throw new RecipeStepException($"{label}的“{first.Field}”有误：{first.Message}");
        }

        var children = obj["children"] switch
        {
            null => [],
            JsonArray array => ParseList(array, name),
            _ => throw new RecipeStepException($"{label}的“children”必须是数组。"),
        };
        return new OrgUnitDefinition(code, name, input.ShortName, kind, input.Phone, input.Address, children);
    }

    /// <summary>A string property (case-insensitive name), null when absent or blank.</summary>
    private static string? Text(JsonObject obj, string field, string? label)
    {
        var node = obj.FirstOrDefault(p => string.Equals(p.Key, field, StringComparison.OrdinalIgnoreCase)).Value;
        if (node is null)
        {
            return null;
        }

        if (node is not JsonValue value || value.GetValueKind() != JsonValueKind.String)
        {
            throw new RecipeStepException($"{label ?? "单位"}的“{field}”必须是字符串。");
        }

        return OrgUnitRules.Clean(value.GetValue<string>());
    }
}
