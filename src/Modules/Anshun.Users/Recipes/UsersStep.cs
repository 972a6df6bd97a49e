using Anshun.Core.Recipes;
using Anshun.Core.Security;
using Anshun.Users.Models;
using Anshun.Users.Services;

namespace Anshun.Users.Recipes;

/// <summary>
/// <c>{ "name": "users", "users": [ { "userName", "displayName", "password", "email", "officePhone", "mobile",
/// "roles", "secretLevel", "mustChangePassword", "units": [ { "unit", "position", "primary" } ], "leader" } ] }</c>:
/// creates or updates accounts by user name with the same checks as the user editor (password policy,
/// 三员分立, units). Leaders are set once every user of the step exists, so order does not matter.
/// </summary>
public sealed class UsersStep(UserAccountService accounts, AnshunUserManager userManager) : IRecipeStepHandler
{
    public string StepName => "users";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var models = context.Read<List<UserRecipeModel>>("users");
        var saved = new List<(AnshunUser User, UserRecipeModel Model)>();
        for (var i = 0; i < models.Count; i++)
        {
            var model = models[i];
            if (string.IsNullOrWhiteSpace(model.UserName))
            {
                throw new RecipeStepException($"第 {i + 1} 个用户缺少“userName”。");
            }

            saved.Add((await SaveAsync(model, cancellationToken), model));
        }

        foreach (var (user, model) in saved.Where(s => s.Model.Leader is not null))
        {
            var result = await accounts.SetLeaderAsync(user, model.Leader, cancellationToken);
            if (!result.Succeeded)
            {
                throw new RecipeStepException($"用户“{model.UserName}”的“leader”：{result.Describe()}");
            }
        }
    }

    private async Task<AnshunUser> SaveAsync(UserRecipeModel model, CancellationToken cancellationToken)
    {
        var level = ParseSecretLevel(model);
        var input = new UserInput
        {
            UserName = model.UserName,
            DisplayName = model.DisplayName,
            Email = model.Email,
            OfficePhone = model.OfficePhone,
            Mobile = model.Mobile,
            Password = model.Password,
            Roles = model.Roles ?? [],
            Units = model.Units ?? [],
        };
        var user = await userManager.FindByNameAsync(model.UserName!);
        if (user is null)
        {
            var (created, newUser) = await accounts.CreateAsync(input, level ?? SecretLevel.Public, model.MustChangePassword ?? false,
                setLeader: false, cancellationToken);
            return newUser ?? throw new RecipeStepException($"用户“{model.UserName}”：{created.Describe()}");
        }

        var updated = await accounts.UpdateAsync(user, input, setLeader: false, cancellationToken);
        if (!updated.Succeeded)
        {
            throw new RecipeStepException($"用户“{model.UserName}”：{updated.Describe()}");
        }

        if (!string.IsNullOrEmpty(model.Password) && !await userManager.CheckPasswordAsync(user, model.Password))
        {
            var token = await userManager.GeneratePasswordResetTokenAsync(user);
            var reset = await userManager.ResetPasswordAsync(user, token, model.Password);
            if (!reset.Succeeded)
            {
                throw new RecipeStepException($"用户“{model.UserName}”的“password”：{string.Join(" ", reset.Errors.Select(e => e.Description))}");
            }
        }

        user.SecretLevel = level ?? user.SecretLevel;
        user.MustChangePassword = model.MustChangePassword ?? user.MustChangePassword;
        await userManager.UpdateAsync(user);
        return user;
    }

    private static SecretLevel? ParseSecretLevel(UserRecipeModel model)
    {
        if (string.IsNullOrWhiteSpace(model.SecretLevel))
        {
            return null;
        }

        return SecretLevelParser.Parse(model.SecretLevel)
            ?? throw new RecipeStepException($"用户“{model.UserName}”的“secretLevel”值“{model.SecretLevel}”无效，应为 Public、Internal、Secret、Confidential（公开、内部、秘密、机密）之一。");
    }
}
