using Anshun.Core.Recipes;
using Anshun.Core.Tests.Support;
using static Anshun.Core.Tests.Recipes.RecipeExecutorTests;

namespace Anshun.Core.Tests.Recipes;

public sealed class IncludeRecipesStepTests
{
    [Fact]
    public async Task IncludedRecipeIsAppliedWithItsOwnVariables()
    {
        await using var host = new KernelHost();
        await host.WriteRecipeAsync("base", """
            {
              "name": "base",
              "variables": { "siteName": "安顺市政府办公信息系统" },
              "steps": [ { "name": "settings", "Site": { "siteName": "[[siteName]]" } } ]
            }
            """);
        var demo = await host.WriteRecipeAsync("demo", """
            {
              "name": "demo",
              "variables": { "who": "示例用户" },
              "steps": [
                { "name": "recipes", "values": ["base"] },
                { "name": "sample", "names": ["[[who]]"] }
              ]
            }
            """);

        await ExecuteAsync(host, demo);

        Assert.Equal("安顺市政府办公信息系统", (await ReadSiteAsync(host)).SiteName);
        Assert.Equal(["示例用户"], await ReadSampleNamesAsync(host));
    }

    [Fact]
    public async Task FailureInsideAnIncludedRecipeNamesBothRecipesAndRollsBackEverything()
    {
        await using var host = new KernelHost();
        await host.WriteRecipeAsync("inner", """
            {
              "name": "inner",
              "steps": [
                { "name": "sample", "names": ["甲"] },
                { "name": "fail", "reason": "组织机构代码重复。" }
              ]
            }
            """);
        var outer = await host.WriteRecipeAsync("outer", """
            {
              "name": "outer",
              "steps": [
                { "name": "settings", "Site": { "siteName": "不应保存" } },
                { "name": "recipes", "values": ["inner"] }
              ]
            }
            """);

        var error = await Assert.ThrowsAsync<RecipeException>(() => ExecuteAsync(host, outer));

        Assert.Equal("配方 outer 第 2 步（recipes）失败：配方 inner 第 2 步（fail）：组织机构代码重复。", error.Message);
        Assert.Equal(0, await CountSettingsAsync(host));
        Assert.Empty(await ReadSampleNamesAsync(host));
    }

    [Fact]
    public async Task UnknownIncludedRecipeIsReported()
    {
        await using var host = new KernelHost();
        var recipe = await host.WriteRecipeAsync("missing-include", """
            { "name": "missing-include", "steps": [ { "name": "recipes", "values": ["no-such-recipe"] } ] }
            """);

        var error = await Assert.ThrowsAsync<RecipeException>(() => ExecuteAsync(host, recipe));

        Assert.Equal("配方 missing-include 第 1 步（recipes）失败：找不到配方“no-such-recipe”。", error.Message);
    }

    [Fact]
    public async Task UnknownStepInAnIncludedRecipeRollsBackTheIncludingRecipe()
    {
        await using var host = new KernelHost();
        await host.WriteRecipeAsync("inner-unknown", """
            { "name": "inner-unknown", "steps": [ { "name": "contents", "items": [] } ] }
            """);
        var outer = await host.WriteRecipeAsync("outer-unknown", """
            {
              "name": "outer-unknown",
              "steps": [
                { "name": "sample", "names": ["甲"] },
                { "name": "recipes", "values": ["inner-unknown"] }
              ]
            }
            """);

        var error = await Assert.ThrowsAsync<RecipeException>(() => ExecuteAsync(host, outer));

        Assert.Contains("配方 inner-unknown 第 1 步（contents）没有处理该步骤的模块。", error.Message);
        Assert.Empty(await ReadSampleNamesAsync(host));
    }

    [Fact]
    public async Task RecipeIncludingItselfIsStoppedByTheRecursionGuard()
    {
        await using var host = new KernelHost();
        var recipe = await host.WriteRecipeAsync("loop", """
            {
              "name": "loop",
              "steps": [
                { "name": "sample", "names": ["甲"] },
                { "name": "recipes", "values": ["loop"] }
              ]
            }
            """);

        var error = await Assert.ThrowsAsync<RecipeException>(() => ExecuteAsync(host, recipe));

        Assert.StartsWith("配方 loop 第 2 步（recipes）失败：", error.Message);
        Assert.EndsWith("配方嵌套层数过多，可能存在循环引用。", error.Message);
        Assert.Empty(await ReadSampleNamesAsync(host));
    }

    [Fact]
    public async Task RecipesIncludingEachOtherAreStoppedByTheRecursionGuard()
    {
        await using var host = new KernelHost();
        await host.WriteRecipeAsync("ping", """
            { "name": "ping", "steps": [ { "name": "recipes", "values": ["pong"] } ] }
            """);
        await host.WriteRecipeAsync("pong", """
            { "name": "pong", "steps": [ { "name": "recipes", "values": ["ping"] } ] }
            """);
        var start = await host.WriteRecipeAsync("start", """
            { "name": "start", "steps": [ { "name": "settings", "Site": { "siteName": "不应保存" } }, { "name": "recipes", "values": ["ping"] } ] }
            """);

        var error = await Assert.ThrowsAsync<RecipeException>(() => ExecuteAsync(host, start));

        Assert.EndsWith("配方嵌套层数过多，可能存在循环引用。", error.Message);
        Assert.Equal(0, await CountSettingsAsync(host));
    }
}
