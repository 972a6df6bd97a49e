using System.Data.Common;
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
        var recipe = folders.Where(Directory.Exists)
            .SelectMany(f => Directory.EnumerateFiles(f, "*.recipe.json"))
            .Select(RecipeHarvester.Load)
            .FirstOrDefault(r => string.Equals(r.Name, options.Setup.Recipe, StringComparison.OrdinalIgnoreCase));
        var featureStep = recipe?.Steps.FirstOrDefault(s => s?["name"]?.GetValue<string>() == "feature");
        if (featureStep?["enable"] is not { } enable)
        {
            return modules.Select(m => m.Id);
        }

        var disable = featureStep["disable"]?.AsArray().Select(n => n!.GetValue<string>()).ToHashSet() ?? [];
        return enable.AsArray().Select(n => n!.GetValue<string>()).Where(id => !disable.Contains(id));
    }

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
