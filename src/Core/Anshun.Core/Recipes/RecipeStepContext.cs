using System.Text.Json;
using System.Text.Json.Nodes;

namespace Anshun.Core.Recipes;

/// <summary>The step being applied, with variables already substituted.</summary>
public sealed class RecipeStepContext(string recipeName, int stepIndex, JsonObject step)
{
    public static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    public string RecipeName { get; } = recipeName;

    /// <summary>1-based position of the step in the recipe.</summary>
    public int StepIndex { get; } = stepIndex;

    public JsonObject Step { get; } = step;

    /// <summary>How deeply this step is nested in included recipes (0 for the recipe being run).</summary>
    public int Depth { get; init; }

    /// <summary>Reads the step (or one property of it) into a typed model, case-insensitively.</summary>
    public T Read<T>(string? property = null)
    {
        var node = property is null ? Step : Step[property];
        if (node is null)
        {
            throw new RecipeStepException($"缺少“{property}”。");
        }

        try
        {
            return node.Deserialize<T>(JsonOptions) ?? throw new RecipeStepException($"“{property ?? "step"}”为空。");
        }
        catch (JsonException ex)
        {
            throw new RecipeStepException($"“{property ?? "step"}”格式不正确：{ex.Message}");
        }
    }
}
