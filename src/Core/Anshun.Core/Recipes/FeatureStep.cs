using Anshun.Core.Features;

namespace Anshun.Core.Recipes;

/// <summary><c>{ "name": "feature", "enable": [...], "disable": [...] }</c>.</summary>
public sealed class FeatureStep(IFeatureManager features) : IRecipeStepHandler
{
    public string StepName => "feature";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var enable = context.Step["enable"] is null ? [] : context.Read<List<string>>("enable");
        var disable = context.Step["disable"] is null ? [] : context.Read<List<string>>("disable");
        try
        {
            await features.EnableAsync(enable, cancellationToken);
            await features.DisableAsync(disable, cancellationToken);
        }
        catch (ArgumentException ex)
        {
            throw new RecipeStepException(ex.Message);
        }
    }
}
