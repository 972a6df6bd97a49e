namespace Anshun.Core.Recipes;

public interface IRecipeExecutor
{
    /// <summary>
    /// Applies every step in one transaction: a failing step rolls the whole recipe back and
    /// throws a <see cref="RecipeException"/> naming the step and the reason.
    /// </summary>
    Task ExecuteAsync(RecipeDescriptor recipe, CancellationToken cancellationToken = default);
}
