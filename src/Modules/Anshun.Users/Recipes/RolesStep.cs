using Anshun.Core.Recipes;
using Anshun.Users.Models;
using Anshun.Users.Services;

namespace Anshun.Users.Recipes;

/// <summary>
/// <c>{ "name": "roles", "roles": [ { "name", "displayName", "description", "isSystem", "permissions": [] } ] }</c>:
/// creates or updates roles by name, with the same checks as the role editor (known permissions, 三员分立).
/// </summary>
public sealed class RolesStep(RoleService roleService, RoleCatalog roles) : IRecipeStepHandler
{
    public string StepName => "roles";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var models = context.Read<List<RoleRecipeModel>>("roles");
        for (var i = 0; i < models.Count; i++)
        {
            var model = models[i];
            if (string.IsNullOrWhiteSpace(model.Name))
            {
                throw new RecipeStepException($"第 {i + 1} 个角色缺少“name”。");
            }

            var input = new RoleInput
            {
                Name = model.Name,
                DisplayName = string.IsNullOrWhiteSpace(model.DisplayName) ? model.Name : model.DisplayName,
                Description = model.Description,
                Permissions = model.Permissions ?? [],
            };
            var existing = await roles.FindByNameAsync(model.Name, cancellationToken);
            var result = existing is null
                ? (await roleService.CreateAsync(input, model.IsSystem, cancellationToken)).Result
                : await roleService.UpdateAsync(existing, input, model.IsSystem, cancellationToken);
            if (!result.Succeeded)
            {
                throw new RecipeStepException($"角色“{model.Name}”：{result.Describe()}");
            }
        }
    }
}
