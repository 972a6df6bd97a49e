using System.Text.Json.Nodes;
using Anshun.Core.Recipes;
using Microsoft.Extensions.DependencyInjection;

namespace Anshun.Browser.Tests.Infrastructure;

/// <summary>
/// Accounts a journey needs beyond the demo people, created through the site's own <c>users</c> recipe step
/// (the same checks as the user editor: password policy, 三员分立, units). The step updates an account that
/// already exists, so calling this from several tests is harmless.
/// </summary>
public static class RecipeUsers
{
    /// <summary>
    /// A 系统管理员 of the 信息科 other than <c>admin</c>, whose first login (binding an authenticator) does not
    /// depend on which test signed <c>admin</c> in first. Password <see cref="Anshun.Testing.AnshunSiteFactory.DemoPassword"/>.
    /// </summary>
    public const string SystemAdministrator = "xxk_sysadmin";

    public static Task EnsureSystemAdministratorAsync(BrowserSiteFixture fixture, CancellationToken cancellationToken = default) =>
        EnsureAsync(fixture, new JsonObject
        {
            ["userName"] = SystemAdministrator,
            ["displayName"] = "吴建华",
            ["password"] = Anshun.Testing.AnshunSiteFactory.DemoPassword,
            ["roles"] = new JsonArray("SystemAdministrator"),
            ["units"] = new JsonArray(new JsonObject { ["unit"] = "SZFB-XXK", ["position"] = "系统管理员", ["primary"] = true }),
        }, cancellationToken);

    private static async Task EnsureAsync(BrowserSiteFixture fixture, JsonObject user, CancellationToken cancellationToken)
    {
        await using var scope = fixture.Site.Services.CreateAsyncScope();
        var recipe = new RecipeDescriptor
        {
            Name = "browser-tests-users",
            DisplayName = "浏览器测试用户",
            FilePath = "",
            Variables = new JsonObject(),
            Steps = [new JsonObject { ["name"] = "users", ["users"] = new JsonArray(user) }],
        };
        await scope.ServiceProvider.GetRequiredService<IRecipeExecutor>().ExecuteAsync(recipe, cancellationToken);
    }
}
