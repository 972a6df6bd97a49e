namespace Anshun.Core.Recipes;

/// <summary>A recipe could not be applied; the message names the recipe, the step and the reason.</summary>
public sealed class RecipeException(string message, Exception? inner = null) : Exception(message, inner);
