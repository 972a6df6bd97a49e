using System.Text.Json.Nodes;

namespace Anshun.Core.Recipes;

/// <summary>A recipe file (配方): metadata, variables and the steps to apply in order.</summary>
public sealed class RecipeDescriptor
{
    public required string Name { get; init; }

    public string DisplayName { get; init; } = "";

    public string Description { get; init; } = "";

    public bool IsSetupRecipe { get; init; }

    public required string FilePath { get; init; }

    /// <summary>The variables object as written in the file.</summary>
    public JsonObject Variables { get; init; } = [];

    /// <summary>The steps as written (before variables are substituted).</summary>
    public JsonArray Steps { get; init; } = [];
}
