using System.Text.Json.Nodes;
using Anshun.Core.Recipes;
using Microsoft.Extensions.Configuration;

namespace Anshun.Core.Tests.Recipes;

public sealed class RecipeVariablesTests
{
    private static IConfiguration EmptyConfiguration => new ConfigurationBuilder().Build();

    [Fact]
    public void SubstitutesInNestedObjectsAndArraysAndLeavesOtherValuesAlone()
    {
        var step = JsonNode.Parse("""
            { "name": "users", "users": [ { "userName": "[[prefix]]_editor", "password": "[[password]]", "enabled": true, "order": 3 } ] }
            """);
        var values = new Dictionary<string, string> { ["prefix"] = "jyj", ["password"] = "Demo#2026" };

        var result = RecipeVariables.Substitute(step, values, "demo")!;

        var user = result["users"]![0]!;
        Assert.Equal("jyj_editor", user["userName"]!.GetValue<string>());
        Assert.Equal("Demo#2026", user["password"]!.GetValue<string>());
        Assert.True(user["enabled"]!.GetValue<bool>());
        Assert.Equal(3, user["order"]!.GetValue<int>());
        Assert.Equal("[[prefix]]_editor", step!["users"]![0]!["userName"]!.GetValue<string>());
    }

    [Fact]
    public void LiteralVariableKeepsItsTextWithoutQuotes()
    {
        var recipe = Recipe("""{ "city": "安顺", "count": 9 }""");

        var values = RecipeVariables.Resolve(recipe, EmptyConfiguration);

        Assert.Equal("安顺", values["city"]);
        Assert.Equal("9", values["count"]);
    }

    [Fact]
    public void ConfiguredVariableWinsOverItsDefault()
    {
        var recipe = Recipe("""{ "password": { "config": "Anshun:Setup:DemoPassword", "default": "unused" } }""");
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Anshun:Setup:DemoPassword"] = "Demo#2026anshun" })
            .Build();

        Assert.Equal("Demo#2026anshun", RecipeVariables.Resolve(recipe, configuration)["password"]);
        Assert.Equal("unused", RecipeVariables.Resolve(recipe, EmptyConfiguration)["password"]);
    }

    [Fact]
    public void OptionalVariableWithoutValueIsEmpty()
    {
        var recipe = Recipe("""{ "note": { "config": "Anshun:Setup:Note" } }""");

        Assert.Equal("", RecipeVariables.Resolve(recipe, EmptyConfiguration)["note"]);
    }

    [Fact]
    public void MalformedVariableIsReported()
    {
        var recipe = Recipe("""{ "list": [1, 2] }""");

        var error = Assert.Throws<RecipeException>(() => RecipeVariables.Resolve(recipe, EmptyConfiguration));

        Assert.Equal("配方 test 的变量“list”格式不正确。", error.Message);
    }

    private static RecipeDescriptor Recipe(string variables) => new()
    {
        Name = "test",
        FilePath = "test.recipe.json",
        Variables = JsonNode.Parse(variables)!.AsObject(),
    };
}
