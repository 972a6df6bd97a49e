using Anshun.AdminTheme.Services;
using Anshun.Core.Navigation;
using Microsoft.AspNetCore.Http;

namespace Anshun.Themes.Tests.Services;

public sealed class MenuMatcherTests
{
    private static IReadOnlyList<MenuItem> Menu()
    {
        var builder = new NavigationBuilder();
        builder.Add("管理首页", 0, i => i.Url("/admin"));
        builder.Add("系统管理", 90, g => g
            .Add("用户管理", 1, i => i.Url("/admin/users"))
            .Add("角色管理", 2, i => i.Url("/admin/roles")));
        builder.Add("门户", 100, g => g.Add("首页", 1, i => i.Url("/")));
        return builder.Items;
    }

    [Theory]
    [InlineData("/admin", "/admin")]
    [InlineData("/admin/users", "/admin/users")]
    [InlineData("/admin/users/42/edit", "/admin/users")]
    [InlineData("/ADMIN/Roles", "/admin/roles")]
    [InlineData("/admin/usersx", "/admin")]
    [InlineData("/", "/")]
    [InlineData("/other", null)]
    public void LongestMatchingUrlIsActive(string path, string? expected)
    {
        Assert.Equal(expected, MenuMatcher.FindActiveUrl(Menu(), new PathString(path)));
    }

    [Fact]
    public void GroupContainsItsActiveChild()
    {
        var menu = Menu();

        Assert.True(MenuMatcher.Contains(menu[1], "/admin/users"));
        Assert.False(MenuMatcher.Contains(menu[1], "/admin"));
        Assert.False(MenuMatcher.Contains(menu[1], null));
    }
}
