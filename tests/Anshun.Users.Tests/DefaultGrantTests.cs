using Anshun.Core.Security;
using Anshun.Testing;
using Anshun.Users.Data;
using Anshun.Users.Models;
using Anshun.Users.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Anshun.Users.Tests;

/// <summary>
/// A module's default grants (search: <c>Search.Manage</c> for the 系统管理员) reach a site set up before the module
/// existed, once: an administrator who then takes the permission away keeps it away across restarts.
/// </summary>
public sealed class DefaultGrantTests
{
    private const string SearchManage = "Search.Manage";

    [Fact]
    public async Task ASiteSetUpBeforeAModuleGetsItsDefaultGrantOnceAndARemovalSticks()
    {
        var site = new AnshunSiteFactory();
        try
        {
            _ = site.Server;
            Assert.Contains(SearchManage, await PermissionsAsync(site));
            Assert.True(await IsRecordedAsync(site), "a new site records the grant its recipe already gave");

            // What a site set up before search existed looks like after its migrations: no grant, nothing recorded.
            await RemoveAsync(site, forgetApplied: true);
            site = await site.RestartAsync();
            _ = site.Server;
            Assert.Contains(SearchManage, await PermissionsAsync(site));
            Assert.True(await IsRecordedAsync(site));

            // The administrator takes it away in the role editor: later starts leave it so.
            await RemoveAsync(site, forgetApplied: false);
            site = await site.RestartAsync();
            _ = site.Server;
            Assert.DoesNotContain(SearchManage, await PermissionsAsync(site));
        }
        finally
        {
            await site.DisposeAsync();
        }
    }

    private static async Task<List<string>> PermissionsAsync(AnshunSiteFactory site)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleCatalog>();
        var role = await roles.FindByNameAsync(PlatformRoles.SystemAdministrator);
        Assert.NotNull(role);
        return await roles.GetPermissionsAsync(role.Id);
    }

    private static async Task<bool> IsRecordedAsync(AnshunSiteFactory site)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<UsersDbContext>();
        return await db.AppliedDefaultGrants.AnyAsync(g => g.Role == PlatformRoles.SystemAdministrator && g.Permission == SearchManage);
    }

    private static async Task RemoveAsync(AnshunSiteFactory site, bool forgetApplied)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var roles = services.GetRequiredService<RoleCatalog>();
        var role = (await roles.FindByNameAsync(PlatformRoles.SystemAdministrator))!;
        var input = new RoleInput
        {
            Name = role.Name,
            DisplayName = role.DisplayName,
            Description = role.Description,
            Permissions = [.. (await roles.GetPermissionsAsync(role.Id)).Where(p => p != SearchManage)],
        };
        var result = await services.GetRequiredService<RoleService>().UpdateAsync(role, input);
        Assert.True(result.Succeeded, result.Describe());
        if (forgetApplied)
        {
            var db = services.GetRequiredService<UsersDbContext>();
            await db.AppliedDefaultGrants.ExecuteDeleteAsync();
        }
    }
}
