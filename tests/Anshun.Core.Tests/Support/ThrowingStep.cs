using Anshun.Core.Recipes;

namespace Anshun.Core.Tests.Support;

/// <summary><c>{ "name": "fail", "reason": "..." }</c>: a step that always fails, with the reason given.</summary>
public sealed class ThrowingStep : IRecipeStepHandler
{
    public string StepName => "fail";

    public Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken) =>
        throw new RecipeStepException(context.Read<string>("reason"));
}
