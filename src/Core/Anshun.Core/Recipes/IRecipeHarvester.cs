namespace Anshun.Core.Recipes;

/// <summary>Finds recipe files on disk.</summary>
public interface IRecipeHarvester
{
    IReadOnlyList<RecipeDescriptor> GetRecipes();

    RecipeDescriptor? Find(string name);
}
