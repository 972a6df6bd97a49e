using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;

namespace Anshun.Core.Recipes;

/// <summary>
/// Resolves a recipe's variables and substitutes <c>[[name]]</c> in step strings. A variable is
/// either a literal (<c>"siteName": "安顺"</c>) or read from configuration
/// (<c>"demoPassword": { "config": "Anshun:Setup:DemoPassword", "required": true }</c>).
/// </summary>
public static partial class RecipeVariables
{
    public static Dictionary<string, string> Resolve(RecipeDescriptor recipe, IConfiguration configuration)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, node) in recipe.Variables)
        {
            switch (node)
            {
                case JsonValue literal:
                    values[name] = literal.ToString();
                    break;
                case JsonObject spec:
                    var key = spec["config"]?.GetValue<string>();
                    var value = key is null ? null : configuration[key];
                    value ??= spec["default"]?.GetValue<string>();
                    if (string.IsNullOrEmpty(value))
                    {
                        if (spec["required"]?.GetValue<bool>() == true)
                        {
                            var env = key is null ? name : key.Replace(":", "__", StringComparison.Ordinal);
                            var what = spec["description"]?.GetValue<string>() ?? name;
                            throw new RecipeException($"配方 {recipe.Name} 需要变量“{what}”：请设置环境变量 {env}。");
                        }

                        value = "";
                    }

                    values[name] = value;
                    break;
                default:
                    throw new RecipeException($"配方 {recipe.Name} 的变量“{name}”格式不正确。");
            }
        }

        return values;
    }

    /// <summary>Returns a copy of the node with every <c>[[name]]</c> in strings replaced.</summary>
    public static JsonNode? Substitute(JsonNode? node, IReadOnlyDictionary<string, string> values, string recipeName)
    {
        switch (node)
        {
            case JsonObject obj:
                var newObject = new JsonObject();
                foreach (var (key, child) in obj)
                {
                    newObject[key] = Substitute(child, values, recipeName);
                }

                return newObject;
            case JsonArray array:
                var newArray = new JsonArray();
                foreach (var child in array)
                {
                    newArray.Add(Substitute(child, values, recipeName));
                }

                return newArray;
            case JsonValue value when value.TryGetValue<string>(out var text) && text.Contains("[[", StringComparison.Ordinal):
                return JsonValue.Create(Placeholder().Replace(text, match =>
                {
                    var name = match.Groups[1].Value;
                    return values.TryGetValue(name, out var replacement)
                        ? replacement
                        : throw new RecipeException($"配方 {recipeName} 引用了未定义的变量“{name}”。");
                }));
            default:
                return node?.DeepClone();
        }
    }

    [GeneratedRegex(@"\[\[\s*([A-Za-z0-9_]+)\s*\]\]")]
    private static partial Regex Placeholder();
}
