using System.Text.Json.Nodes;
using Anshun.Core.Recipes;
using Microsoft.Extensions.DependencyInjection;

namespace Anshun.Browser.Tests.Infrastructure;

/// <summary>
/// The demo people (jyj_editor, jyj_reviewer, czj_editor, staff…) on the browser site, which is set up
/// from the default recipe. Taken from the <c>users</c> step of the anshun-demo recipe itself, so the
/// journeys sign in as exactly the accounts a demo install has (password
/// <see cref="Anshun.Testing.AnshunSiteFactory.DemoPassword"/>). The step updates accounts that already
/// exist, so calling this from several tests is harmless.
/// </summary>
public static class DemoUsers
{
    private const string DemoRecipe = "anshun-demo";

    public static async Task EnsureAsync(BrowserSiteFixture fixture, CancellationToken cancellationToken = default)
    {
        await using var scope = fixture.Site.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var demo = services.GetRequiredService<IRecipeHarvester>().Find(DemoRecipe)
            ?? throw new InvalidOperationException($"未找到配方 {DemoRecipe}。");
        var usersStep = demo.Steps.OfType<JsonObject>().SingleOrDefault(s => s["name"]?.GetValue<string>() == "users")
            ?? throw new InvalidOperationException($"配方 {DemoRecipe} 中没有 users 步骤。");

        var recipe = new RecipeDescriptor
        {
            Name = demo.Name + "-users",
            DisplayName = demo.DisplayName + "（仅用户）",
            FilePath = demo.FilePath,
            Variables = (JsonObject)demo.Variables.DeepClone(),
            Steps = [usersStep.DeepClone()],
        };
        await services.GetRequiredService<IRecipeExecutor>().ExecuteAsync(recipe, cancellationToken);
    }
}
