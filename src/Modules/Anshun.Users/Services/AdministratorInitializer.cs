using Anshun.Core.Recipes;
using Anshun.Core.Security;
using Anshun.Core.Setup;
using Anshun.Users.Models;

namespace Anshun.Users.Services;

/// <summary>
/// First-run setup: creates <c>admin</c> (系统管理员) in the role <see cref="SystemAdministratorRole"/>, which the
/// setup recipe's <c>roles</c> step has created. Without a configured password a strong one is generated
/// and must be changed at first login.
/// </summary>
public sealed class AdministratorInitializer(UserAccountService accounts, AnshunUserManager userManager) : IAdministratorInitializer
{
    public const string AdministratorUserName = "admin";
    public const string SystemAdministratorRole = PlatformRoles.SystemAdministrator;

    public async Task<string?> CreateAdministratorAsync(string? password, CancellationToken cancellationToken = default)
    {
        if (await userManager.FindByNameAsync(AdministratorUserName) is not null)
        {
            return null;
        }

        var generated = string.IsNullOrEmpty(password) ? PasswordGenerator.Generate() : null;
        var input = new UserInput
        {
            UserName = AdministratorUserName,
            DisplayName = "系统管理员",
            Password = password is { Length: > 0 } ? password : generated,
            Roles = [SystemAdministratorRole],
        };
        var (result, _) = await accounts.CreateAsync(input, mustChangePassword: generated is not null, cancellationToken: cancellationToken);
        if (!result.Succeeded)
        {
            throw new RecipeException($"无法创建管理员账号 admin：{result.Describe()}");
        }

        return generated;
    }
}
