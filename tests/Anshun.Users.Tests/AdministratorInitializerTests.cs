using Anshun.Core.Setup;
using Anshun.Users.Models;
using Anshun.Users.Services;
using Microsoft.Extensions.DependencyInjection;

namespace Anshun.Users.Tests;

public sealed class AdministratorInitializerTests
{
    [Fact]
    public async Task WithoutAConfiguredPasswordAdminGetsAGeneratedOneThatMustBeChanged()
    {
        await using var site = new DemoSite();
        site.Settings["Anshun:Setup:AdminPassword"] = "";
        _ = site.Server;

        await using var scope = site.Services.CreateAsyncScope();
        var admin = await scope.ServiceProvider.GetRequiredService<AnshunUserManager>().FindByNameAsync("admin");
        var again = await scope.ServiceProvider.GetRequiredService<IAdministratorInitializer>().CreateAdministratorAsync(null);

        Assert.NotNull(admin);
        Assert.True(admin.MustChangePassword);
        Assert.NotNull(admin.PasswordHash);
        Assert.True(await scope.ServiceProvider.GetRequiredService<AnshunUserManager>().IsInRoleAsync(admin, "SystemAdministrator"));
        Assert.Null(again);
    }

    [Fact]
    public void GeneratedPasswordsSatisfyTheStrictestPolicy()
    {
        var strict = new PasswordPolicy { MinimumLength = 16, RequiredCharacterClasses = 4 };

        for (var i = 0; i < 200; i++)
        {
            Assert.Empty(PasswordPolicyRules.Check(strict, "admin", PasswordGenerator.Generate()));
        }
    }
}
