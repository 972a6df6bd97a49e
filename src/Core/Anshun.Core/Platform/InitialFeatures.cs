using System.Data.Common;
using System.Text.Json.Nodes;
using Anshun.Core.Data;
using Anshun.Core.Modules;
using Anshun.Core.Recipes;

namespace Anshun.Core.Platform;

/// <summary>
/// Decides which modules start, before the service container is built: the stored state when
/// there is one, otherwise the setup recipe's <c>feature</c> step, otherwise every module.
/// </summary>
internal static class InitialFeatures
{
    public static IEnumerable<string> Resolve(DatabaseProvider database, AnshunOptions options, IReadOnlyList<ModuleDescriptor> modules)
    {
        var stored = ReadStored(database);
        if (stored.Count > 0)
        {
            return stored.Where(s => s.Value).Select(s => s.Key)
                .Concat(modules.Where(m => !stored.ContainsKey(m.Id)).Select(m => m.Id)); // modules added since
        }

        var folders = new List<string> { Path.Combine(AppContext.BaseDirectory, "recipes") };
        folders.AddRange(options.RecipeFolders);
        var recipes = folders.Where(Directory.Exists)
            .SelectMany(f => Directory.EnumerateFiles(f, "*.recipe.json"))
            .Select(RecipeHarvester.Load)
            .DistinctBy(r => r.Name, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(r => r.Name, StringComparer.OrdinalIgnoreCase);
        if (!recipes.TryGetValue(options.Setup.Recipe, out var recipe))
        {
            return modules.Select(m => m.Id);
        }

        var enabled = new HashSet<string>(StringComparer.Ordinal);
        return ApplyFeatureSteps(recipe, recipes, enabled, depth: 0) ? enabled : modules.Select(m => m.Id);
    }

    /// <summary>
    /// Replays the recipe's <c>feature</c> steps in order, following <c>recipes</c> includes as the
    /// executor will. Returns false when no feature step was found anywhere.
    /// </summary>
    private static bool ApplyFeatureSteps(RecipeDescriptor recipe, Dictionary<string, RecipeDescriptor> recipes, HashSet<string> enabled, int depth)
    {
        var found = false;
        foreach (var step in recipe.Steps.OfType<JsonObject>())
        {
            switch (step["name"]?.GetValue<string>())
            {
                case "feature":
                    found = true;
                    enabled.UnionWith(Names(step["enable"]));
                    enabled.ExceptWith(Names(step["disable"]));
                    break;
                case "recipes" when depth < 5:
                    foreach (var name in Names(step["values"]))
                    {
                        if (recipes.TryGetValue(name, out var included))
                        {
                            found |= ApplyFeatureSteps(included, recipes, enabled, depth + 1);
                        }
                    }

                    break;
            }
        }

        return found;
    }

    private static IEnumerable<string> Names(JsonNode? node) =>
        node is JsonArray array ? array.Select(n => n?.GetValue<string>()).OfType<string>() : [];

    private static Dictionary<string, bool> ReadStored(DatabaseProvider database)
    {
        var result = new Dictionary<string, bool>(StringComparer.Ordinal);
        using DbConnection connection = database.CreateConnection();
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT \"ModuleId\", \"Enabled\" FROM \"Core_Features\"";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            result[reader.GetString(0)] = reader.GetBoolean(1);
        }

        return result;
    }
}
