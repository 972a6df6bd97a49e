using Anshun.Core.Recipes;
using Anshun.FileLibrary.Models;
using Anshun.FileLibrary.Services;

namespace Anshun.FileLibrary.Recipes;

/// <summary>
/// <c>{"name":"fileFolders","folders":[{"name":"规章制度","sortOrder":2,"readers":[],
/// "managers":[{"kind":"Role","value":"Editor"}],"children":[…]}]}</c>: creates the folders, or updates the
/// description, order, readers and managers of folders that already exist at the same place.
/// </summary>
public sealed class FileFoldersStep(FolderStore folders) : IRecipeStepHandler
{
    public string StepName => "fileFolders";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var models = context.Read<List<FolderRecipeModel>>("folders");
        await SaveAllAsync(models, null, "folders", cancellationToken);
    }

    private async Task SaveAllAsync(List<FolderRecipeModel> models, string? parentId, string path, CancellationToken cancellationToken)
    {
        for (var i = 0; i < models.Count; i++)
        {
            var model = models[i];
            var where = $"{path}[{i}]";
            try
            {
                var folder = await folders.SaveAsync(new FolderInput
                {
                    Name = model.Name,
                    ParentId = parentId,
                    Description = model.Description,
                    SortOrder = model.SortOrder,
                    Readers = model.Readers ?? [],
                    Managers = model.Managers ?? [],
                }, userId: null, updateExisting: true, cancellationToken);
                await SaveAllAsync(model.Children ?? [], folder.Id, $"{where}.children", cancellationToken);
            }
            catch (FileLibraryException ex) when (ex.StatusCode == 400)
            {
                throw new RecipeStepException($"{where}（{model.Name}）：{ex.Message}");
            }
        }
    }
}
