using Anshun.Core.Navigation;

namespace Anshun.Features;

public sealed class FeaturesNavigation : INavigationProvider
{
    public void BuildNavigation(string menuName, NavigationBuilder builder)
    {
        if (menuName != MenuNames.Admin)
        {
            return;
        }

        builder.Add("系统管理", 90, group => group
            .Icon("gear")
            .Add("功能模块", 80, item => item.Url("/admin/modules").Permission(FeaturesPermissions.ManageFeatures))
            .Add("站点设置", 90, item => item.Url("/admin/settings").Permission(FeaturesPermissions.ManageSettings)));
    }
}
