using Anshun.FileLibrary.Models;

namespace Anshun.FileLibrary.Recipes;

/// <summary>One folder of the <c>fileFolders</c> step, with its subfolders.</summary>
public sealed class FolderRecipeModel
{
    public string? Name { get; set; }

    public string? Description { get; set; }

    public int SortOrder { get; set; }

    public List<PrincipalInput> Readers { get; set; } = [];

    public List<PrincipalInput> Managers { get; set; } = [];

    public List<FolderRecipeModel> Children { get; set; } = [];
}
