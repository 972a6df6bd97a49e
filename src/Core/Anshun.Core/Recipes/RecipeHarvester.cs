using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace Anshun.Core.Recipes;

/// <summary>
/// Reads <c>*.recipe.json</c> from the <c>recipes</c> folder beside the application and from
/// <see cref="AnshunOptions.RecipeFolders"/>.
/// </summary>
public sealed class RecipeHarvester(IOptions<AnshunOptions> options) : IRecipeHarvester
{
    public IReadOnlyList<RecipeDescriptor> GetRecipes()
    {
        var folders = new List<string> { Path.Combine(AppContext.BaseDirectory, "recipes") };
        folders.AddRange(options.Value.RecipeFolders);
        return folders.Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*.recipe.json"))
            .Select(Load)
            .DistinctBy(r => r.Name)
            .ToList();
    }

    public RecipeDescriptor? Find(string name) =>
        GetRecipes().FirstOrDefault(r => string.Equals(r.Name, name, StringComparison.OrdinalIgnoreCase));

    public static RecipeDescriptor Load(string path)
    {
        JsonObject root;
        try
        {
            root = JsonNode.Parse(File.ReadAllText(path), documentOptions: new JsonDocumentOptions
            {
                CommentHandling = JsonCommentHandling.Skip,
                AllowTrailingCommas = true,
            }) as JsonObject ?? throw new RecipeException($"配方文件 {path} 不是 JSON 对象。");
        }
        catch (JsonException ex)
        {
            throw new RecipeException($"配方文件 {path} 不是合法的 JSON：{ex.Message}", ex);
        }

        var name = root["name"]?.GetValue<string>();
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new RecipeException($"配方文件 {path} 缺少“name”。");
        }

        return new RecipeDescriptor
        {
            Name = name,
            DisplayName = root["displayName"]?.GetValue<string>() ?? name,
            Description = root["description"]?.GetValue<string>() ?? "",
            IsSetupRecipe = root["issetuprecipe"]?.GetValue<bool>() ?? false,
            FilePath = path,
            Variables = root["variables"] as JsonObject ?? [],
            Steps = root["steps"] as JsonArray ?? [],
        };
    }
}
