using System.Net;
using System.Text.Json.Nodes;
using Anshun.Core.Recipes;
using Anshun.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Anshun.OpenId.Tests.Recipes;

/// <summary>The <c>OpenIdApplication</c> recipe step: create, then update by client id; bad data refused.</summary>
public sealed class OpenIdApplicationStepTests(OpenIdSiteFactory factory) : IClassFixture<OpenIdSiteFactory>
{
    [Fact]
    public async Task RecipeRegistersAndLaterUpdatesAClient()
    {
        await RunAsync(new JsonObject
        {
            ["clientId"] = "recipe-sync", ["displayName"] = "配方登记的系统", ["type"] = "confidential",
            ["clientSecret"] = "first-secret-0123456789", ["allowClientCredentials"] = true,
            ["roles"] = new JsonArray("SystemAdministrator"),
        });
        var token = await OpenIdTestClients.GetClientTokenAsync(factory, "recipe-sync", "first-secret-0123456789");
        using (var client = factory.CreateBearerClient(token))
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/users")).StatusCode);
        }

        await RunAsync(new JsonObject
        {
            ["clientId"] = "recipe-sync", ["displayName"] = "配方更名的系统", ["type"] = "confidential",
            ["clientSecret"] = "second-secret-0123456789", ["allowClientCredentials"] = true,
        });

        using var admin = await factory.LoginAsync("admin");
        var detail = await admin.GetStringAsync("/api/openid/clients/recipe-sync");
        Assert.Contains("配方更名的系统", detail);
        await OpenIdTestClients.GetClientTokenAsync(factory, "recipe-sync", "second-secret-0123456789");
        using var anonymous = factory.CreateAnonymousClient();
        var oldSecret = await anonymous.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = "recipe-sync", ["client_secret"] = "first-secret-0123456789",
        }));
        Assert.Equal(HttpStatusCode.Unauthorized, oldSecret.StatusCode);
    }

    [Fact]
    public async Task BadRedirectUriFailsTheRecipeAndSavesNothing()
    {
        var error = await Assert.ThrowsAsync<RecipeException>(() => RunAsync(new JsonObject
        {
            ["clientId"] = "recipe-bad", ["displayName"] = "回调地址不合规", ["type"] = "public",
            ["allowAuthorizationCode"] = true, ["redirectUris"] = new JsonArray("http://oa.example.gov.cn/cb"),
        }));

        Assert.Contains("redirectUris", error.Message);
        using var admin = await factory.LoginAsync("admin");
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/openid/clients/recipe-bad")).StatusCode);
    }

    private async Task RunAsync(JsonObject step)
    {
        step["name"] = "OpenIdApplication";
        var recipe = new RecipeDescriptor
        {
            Name = "openid-test",
            DisplayName = "单点登录测试",
            FilePath = "openid-test.recipe.json",
            Steps = [step],
        };
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IRecipeExecutor>().ExecuteAsync(recipe);
    }
}
