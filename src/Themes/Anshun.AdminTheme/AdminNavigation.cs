using Anshun.Core.Navigation;

namespace Anshun.AdminTheme;

/// <summary>The admin home (管理首页) heads the sidebar.</summary>
public sealed class AdminNavigation : INavigationProvider
{
    public const string HomeText = "管理首页";

    public void BuildNavigation(string menuName, NavigationBuilder builder)
    {
        if (menuName != MenuNames.Admin)
        {
            return;
        }

        builder.Add(HomeText, 0, item => item.Icon("speedometer2").Url("/admin").Permission(AdminPermissions.Access));
    }
}
