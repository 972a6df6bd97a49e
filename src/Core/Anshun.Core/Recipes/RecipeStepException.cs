namespace Anshun.Core.Recipes;

/// <summary>Thrown by a step handler for bad step data; the Chinese message names the offending field.</summary>
public sealed class RecipeStepException(string message) : Exception(message);
