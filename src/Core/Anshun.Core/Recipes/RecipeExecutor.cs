using System.Text.Json.Nodes;
using Anshun.Core.Audit;
using Anshun.Core.Data;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Anshun.Core.Recipes;

public sealed class RecipeExecutor(
    IEnumerable<IRecipeStepHandler> handlers,
    IDataSession session,
    IConfiguration configuration,
    IAuditLog auditLog,
    ILogger<RecipeExecutor> logger) : IRecipeExecutor
{
    public async Task ExecuteAsync(RecipeDescriptor recipe, CancellationToken cancellationToken = default)
    {
        var byName = handlers.ToDictionary(h => h.StepName, StringComparer.OrdinalIgnoreCase);
        var values = RecipeVariables.Resolve(recipe, configuration);

        // Check every step before touching the database, so an unknown step changes nothing.
        var steps = new List<(int Index, string Name, JsonObject Step)>();
        for (var i = 0; i < recipe.Steps.Count; i++)
        {
            if (recipe.Steps[i] is not JsonObject raw || raw["name"]?.GetValue<string>() is not { } name)
            {
                throw new RecipeException($"配方 {recipe.Name} 第 {i + 1} 步缺少“name”。");
            }

            if (!byName.ContainsKey(name))
            {
                throw new RecipeException($"配方 {recipe.Name} 第 {i + 1} 步（{name}）无法执行：没有处理该步骤的模块，请确认相关模块已启用。");
            }

            var step = (JsonObject)RecipeVariables.Substitute(raw, values, recipe.Name)!;
            steps.Add((i + 1, name, step));
        }

        await using var transaction = await session.BeginTransactionAsync(cancellationToken);
        foreach (var (index, name, step) in steps)
        {
            logger.LogInformation("Recipe {Recipe}: step {Index} ({Step})", recipe.Name, index, name);
            try
            {
                await byName[name].ExecuteAsync(new RecipeStepContext(recipe.Name, index, step), cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                throw new RecipeException($"配方 {recipe.Name} 第 {index} 步（{name}）失败：{ex.Message}", ex);
            }
        }

        await auditLog.WriteAsync(new AuditEntry(AuditEventTypes.RecipeExecuted, recipe.Name, $"执行配方“{recipe.DisplayName}”，共 {steps.Count} 步"), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
