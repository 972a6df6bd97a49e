using System.Text.Json.Nodes;
using Anshun.Core.Settings;

namespace Anshun.Core.Recipes;

/// <summary><c>{ "name": "settings", "SiteSettings": { ... }, "Security.PasswordPolicy": { ... } }</c>: each property is stored as one setting.</summary>
public sealed class SettingsStep(ISiteSettings settings) : IRecipeStepHandler
{
    public string StepName => "settings";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        foreach (var (key, value) in context.Step)
        {
            if (key == "name")
            {
                continue;
            }

            if (value is not JsonObject obj)
            {
                throw new RecipeStepException($"设置“{key}”必须是 JSON 对象。");
            }

            await settings.SetAsync(key, obj, cancellationToken);
        }
    }
}
