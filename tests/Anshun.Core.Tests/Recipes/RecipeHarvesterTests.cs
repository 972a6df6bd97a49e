using Anshun.Core.Recipes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Anshun.Core.Tests.Recipes;

public sealed class RecipeHarvesterTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "anshun-tests", "recipes-" + Guid.NewGuid().ToString("N")[..12]);

    public RecipeHarvesterTests() => Directory.CreateDirectory(_folder);

    [Fact]
    public void FindsTheRepositoryRecipesBesideTheApplication()
    {
        var harvester = new RecipeHarvester(Options.Create(new AnshunOptions()));

        var portal = harvester.Find("anshun-portal");
        var demo = harvester.Find("ANSHUN-DEMO");

        Assert.NotNull(portal);
        Assert.True(portal.IsSetupRecipe);
        Assert.False(string.IsNullOrWhiteSpace(portal.DisplayName));
        Assert.NotEmpty(portal.Steps);
        Assert.NotNull(demo);
        Assert.Equal("anshun-demo", demo.Name);
    }

    [Fact]
    public void DemoRecipeRefusesToRunWithoutTheDemoPassword()
    {
        var demo = new RecipeHarvester(Options.Create(new AnshunOptions())).Find("anshun-demo")!;

        var error = Assert.Throws<RecipeException>(() => RecipeVariables.Resolve(demo, new ConfigurationBuilder().Build()));

        Assert.Contains("Anshun__Setup__DemoPassword", error.Message);
    }

    [Fact]
    public void RecipesInConfiguredFoldersAreFound()
    {
        File.WriteAllText(Path.Combine(_folder, "extra.recipe.json"), """
            // Comments and trailing commas are allowed in recipe files.
            { "name": "extra", "displayName": "附加配方", "steps": [ { "name": "settings", }, ], }
            """);
        var harvester = new RecipeHarvester(Options.Create(new AnshunOptions { RecipeFolders = [_folder] }));

        var extra = harvester.Find("extra");

        Assert.NotNull(extra);
        Assert.Equal("附加配方", extra.DisplayName);
        Assert.False(extra.IsSetupRecipe);
        Assert.Single(extra.Steps);
        Assert.Contains(harvester.GetRecipes(), r => r.Name == "anshun-portal");
    }

    [Fact]
    public void InvalidJsonNamesTheFile()
    {
        var path = Path.Combine(_folder, "broken.recipe.json");
        File.WriteAllText(path, """{ "name": "broken", "steps": [ """);

        var error = Assert.Throws<RecipeException>(() => RecipeHarvester.Load(path));

        Assert.StartsWith($"配方文件 {path} 不是合法的 JSON：", error.Message);
    }

    [Fact]
    public void RecipeWithoutNameIsRefused()
    {
        var path = Path.Combine(_folder, "anonymous.recipe.json");
        File.WriteAllText(path, """{ "displayName": "无名配方", "steps": [] }""");

        var error = Assert.Throws<RecipeException>(() => RecipeHarvester.Load(path));

        Assert.Equal($"配方文件 {path} 缺少“name”。", error.Message);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
