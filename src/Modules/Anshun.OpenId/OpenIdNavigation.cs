using Anshun.Core.Navigation;

namespace Anshun.OpenId;

/// <summary>系统管理 › 单点登录应用 in the admin sidebar.</summary>
public sealed class OpenIdNavigation : INavigationProvider
{
    public void BuildNavigation(string menuName, NavigationBuilder builder)
    {
        if (menuName != MenuNames.Admin)
        {
            return;
        }

        builder.Add("系统管理", 90, group => group
            .Icon("gear")
            .Add("单点登录应用", 20, item => item.Url("/admin/openid").Icon("key").Permission(OpenIdPermissions.Manage)));
    }
}
