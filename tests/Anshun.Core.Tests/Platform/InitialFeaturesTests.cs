using Anshun.Core.Features;
using Anshun.Core.Platform;
using Anshun.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Anshun.Core.Tests.Platform;

public sealed class InitialFeaturesTests
{
    [Fact]
    public async Task NewDatabaseStartsTheModulesOfTheSetupRecipeIncludingIncludedRecipes()
    {
        await using var host = new KernelHost();
        await host.WriteRecipeAsync("base", """
            { "name": "base", "steps": [ { "name": "feature", "enable": [ "Users", "News" ] } ] }
            """);
        await host.WriteRecipeAsync("demo", """
            { "name": "demo", "steps": [
                { "name": "recipes", "values": [ "base" ] },
                { "name": "feature", "enable": [ "Mail" ], "disable": [ "News" ] } ] }
            """);

        var enabled = InitialFeatures.Resolve(host.Database, Options("demo", host.RecipeFolder), TestModules.Sample()).ToHashSet();

        Assert.Equal(new HashSet<string> { "Users", "Mail" }, enabled);
    }

    [Fact]
    public async Task WithoutAFeatureStepEveryModuleStarts()
    {
        await using var host = new KernelHost();
        await host.WriteRecipeAsync("plain", """{ "name": "plain", "steps": [ { "name": "settings" } ] }""");

        var enabled = InitialFeatures.Resolve(host.Database, Options("plain", host.RecipeFolder), TestModules.Sample());

        Assert.Equal(TestModules.Sample().Select(m => m.Id).Order(), enabled.Order());
    }

    [Fact]
    public async Task StoredStateWinsOverTheRecipe()
    {
        await using var host = new KernelHost();
        await host.WriteRecipeAsync("base", """{ "name": "base", "steps": [ { "name": "feature", "enable": [ "News" ] } ] }""");
        await host.InScopeAsync(async services =>
        {
            var features = services.GetRequiredService<IFeatureManager>();
            await features.EnableAsync(["Users"]);
            return await features.DisableAsync(["News"]);
        });

        var enabled = InitialFeatures.Resolve(host.Database, Options("base", host.RecipeFolder), TestModules.Sample()).ToHashSet();

        Assert.Contains("Users", enabled);
        Assert.DoesNotContain("News", enabled);
    }

    private static AnshunOptions Options(string recipe, string folder) =>
        new() { RecipeFolders = [folder], Setup = { Recipe = recipe } };
}
