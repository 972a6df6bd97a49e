namespace Anshun.Core.Recipes;

/// <summary>Applies one kind of recipe step (e.g. <c>roles</c>). Modules register theirs.</summary>
public interface IRecipeStepHandler
{
    /// <summary>The step's <c>name</c> in the recipe file.</summary>
    string StepName { get; }

    Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken);
}
