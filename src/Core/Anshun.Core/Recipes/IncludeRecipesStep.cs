using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Anshun.Core.Recipes;

/// <summary>
/// <c>{ "name": "recipes", "values": ["anshun-portal"] }</c>: applies other recipes' steps here,
/// in the same transaction, each with its own variables. The demo recipe builds on the portal recipe this way.
/// </summary>
public sealed class IncludeRecipesStep(IRecipeHarvester harvester, IServiceProvider services, IConfiguration configuration)
    : IRecipeStepHandler
{
    private const int MaxDepth = 5;

    public string StepName => "recipes";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        if (context.Depth >= MaxDepth)
        {
            throw new RecipeStepException("配方嵌套层数过多，可能存在循环引用。");
        }

        foreach (var name in context.Read<List<string>>("values"))
        {
            var recipe = harvester.Find(name) ?? throw new RecipeStepException($"找不到配方“{name}”。");
            var values = RecipeVariables.Resolve(recipe, configuration);
            var handlers = services.GetServices<IRecipeStepHandler>().ToDictionary(h => h.StepName, StringComparer.OrdinalIgnoreCase);
            var index = 0;
            foreach (var raw in recipe.Steps)
            {
                index++;
                var step = (JsonObject)RecipeVariables.Substitute(raw, values, recipe.Name)!;
                var stepName = step["name"]?.GetValue<string>() ?? throw new RecipeStepException($"配方 {name} 第 {index} 步缺少“name”。");
                if (!handlers.TryGetValue(stepName, out var handler))
                {
                    throw new RecipeStepException($"配方 {name} 第 {index} 步（{stepName}）没有处理该步骤的模块。");
                }

                try
                {
                    await handler.ExecuteAsync(new RecipeStepContext(recipe.Name, index, step) { Depth = context.Depth + 1 }, cancellationToken);
                }
                catch (RecipeStepException ex)
                {
                    throw new RecipeStepException($"配方 {name} 第 {index} 步（{stepName}）：{ex.Message}");
                }
            }
        }
    }
}
