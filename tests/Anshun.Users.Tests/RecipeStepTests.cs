using System.Text.Json.Nodes;
using Anshun.Core.Recipes;
using Anshun.Core.Security;
using Anshun.Core.Users;
using Anshun.Testing;
using Anshun.Users.Services;
using Microsoft.Extensions.DependencyInjection;

namespace Anshun.Users.Tests;

/// <summary>The <c>roles</c> and <c>users</c> recipe steps: upsert, and refusal of bad data naming it.</summary>
public sealed class RecipeStepTests(DemoSite site) : IClassFixture<DemoSite>
{
    [Fact]
    public async Task TheDemoRecipeCreatedUsersWithUnitsLeadersAndClearances()
    {
        await using var scope = site.Services.CreateAsyncScope();
        var directory = scope.ServiceProvider.GetRequiredService<IUserDirectory>();
        var organization = scope.ServiceProvider.GetRequiredService<Anshun.Core.Organization.IOrganizationService>();

        var leader = await directory.FindByNameAsync("leader");
        var editor = await directory.FindByNameAsync("editor");
        var editorLeader = await organization.GetLeaderAsync(editor!.Id);
        var memberships = await organization.GetMembershipsAsync(editor.Id);

        Assert.Equal(SecretLevel.Secret, leader!.SecretLevel);
        Assert.Equal(leader.Id, editorLeader);
        Assert.Equal("信息科科员", Assert.Single(memberships).Position);
    }

    [Fact]
    public async Task RolesStepRefusesAnUnknownPermissionNamingIt()
    {
        var error = await RunRefusedAsync("""{ "name": "roles", "roles": [ { "name": "Ghost", "displayName": "幽灵", "permissions": [ "No.Such" ] } ] }""");

        Assert.Contains("No.Such", error);
    }

    [Fact]
    public async Task RolesStepRefusesMixingRemits()
    {
        var error = await RunRefusedAsync("""{ "name": "roles", "roles": [ { "name": "Super", "displayName": "超级", "permissions": [ "Users.Manage", "Audit.Read" ] } ] }""");

        Assert.Contains("三员分立", error);
    }

    [Fact]
    public async Task UsersStepRefusesAUserSpanningTwoRemits()
    {
        var error = await RunRefusedAsync("""
            { "name": "users", "users": [ { "userName": "twohats", "displayName": "两顶帽子", "password": "TwoHats#2026",
              "roles": [ "SecurityAdministrator", "SecurityAuditor" ] } ] }
            """);

        Assert.Contains("三员分立", error);
        Assert.Contains("twohats", error);
    }

    [Theory]
    [InlineData("""{ "userName": "bad_level", "displayName": "坏密级", "password": "Bad#Level2026", "secretLevel": "TopSecret" }""", "secretLevel")]
    [InlineData("""{ "userName": "bad_unit", "displayName": "坏单位", "password": "Bad#Unit2026", "units": [ { "unit": "NOPE" } ] }""", "NOPE")]
    [InlineData("""{ "userName": "bad_leader", "displayName": "坏领导", "password": "Bad#Leader2026", "leader": "ghost" }""", "ghost")]
    [InlineData("""{ "userName": "bad_pass", "displayName": "弱密码", "password": "weak" }""", "密码")]
    public async Task UsersStepRefusesBadDataNamingIt(string user, string named)
    {
        var error = await RunRefusedAsync($$"""{ "name": "users", "users": [ {{user}} ] }""");

        Assert.Contains(named, error);
    }

    [Fact]
    public async Task RunningTheStepsAgainUpdatesInPlace()
    {
        await using var scope = site.Services.CreateAsyncScope();
        var handlers = scope.ServiceProvider.GetServices<IRecipeStepHandler>().ToDictionary(h => h.StepName);
        await handlers["roles"].ExecuteAsync(Context("""
            { "name": "roles", "roles": [ { "name": "Leader", "displayName": "领导", "isSystem": true, "permissions": [] } ] }
            """), default);
        await handlers["users"].ExecuteAsync(Context($$"""
            { "name": "users", "users": [ { "userName": "staff", "displayName": "杨帆", "password": "{{AnshunSiteFactory.DemoPassword}}", "roles": [ "Staff" ],
              "secretLevel": "内部", "units": [ { "unit": "JYJ", "position": "基础教育科副科长", "primary": true } ] } ] }
            """), default);

        var user = await scope.ServiceProvider.GetRequiredService<AnshunUserManager>().FindByNameAsync("staff");
        var memberships = await scope.ServiceProvider.GetRequiredService<Anshun.Core.Organization.IOrganizationService>().GetMembershipsAsync(user!.Id);

        Assert.Equal(SecretLevel.Internal, user.SecretLevel);
        Assert.Equal("基础教育科副科长", Assert.Single(memberships).Position);
    }

    [Fact]
    public async Task AFailingUsersStepLeavesNoHalfAppliedRecipe()
    {
        await using var scope = site.Services.CreateAsyncScope();
        var executor = scope.ServiceProvider.GetRequiredService<IRecipeExecutor>();
        var recipe = new RecipeDescriptor
        {
            Name = "half",
            FilePath = "half.recipe.json",
            Steps = JsonNode.Parse("""
                [ { "name": "roles", "roles": [ { "name": "HalfRole", "displayName": "半截角色" } ] },
                  { "name": "users", "users": [ { "userName": "half_user", "displayName": "半截", "password": "Half#User2026", "roles": [ "NoSuchRole" ] } ] } ]
                """)!.AsArray(),
        };

        var error = await Assert.ThrowsAsync<RecipeException>(() => executor.ExecuteAsync(recipe));
        await using var check = site.Services.CreateAsyncScope();
        var role = await check.ServiceProvider.GetRequiredService<RoleCatalog>().FindByNameAsync("HalfRole");

        Assert.Contains("NoSuchRole", error.Message);
        Assert.Contains("第 2 步", error.Message);
        Assert.Null(role);
    }

    private async Task<string> RunRefusedAsync(string stepJson)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var session = scope.ServiceProvider.GetRequiredService<Anshun.Core.Data.IDataSession>();
        await using var transaction = await session.BeginTransactionAsync();
        var step = Context(stepJson);
        var handler = scope.ServiceProvider.GetServices<IRecipeStepHandler>().Single(h => h.StepName == step.Step["name"]!.GetValue<string>());
        var error = await Assert.ThrowsAsync<RecipeStepException>(() => handler.ExecuteAsync(step, default));
        return error.Message;
    }

    private static RecipeStepContext Context(string json) => new("test", 1, JsonNode.Parse(json)!.AsObject());
}
