using Anshun.Core.Navigation;

namespace Anshun.Organization;

/// <summary>系统管理 › 组织机构 in the admin sidebar.</summary>
public sealed class OrganizationNavigation : INavigationProvider
{
    public void BuildNavigation(string menuName, NavigationBuilder builder)
    {
        if (menuName != MenuNames.Admin)
        {
            return;
        }

        builder.Add("系统管理", 90, group => group
            .Icon("gear")
            .Add("组织机构", 3, item => item.Url("/admin/org").Icon("diagram-3").Permission(OrganizationPermissions.Manage)));
    }
}
