using Anshun.Core.Navigation;

namespace Anshun.Search;

/// <summary>全文检索 under 系统管理 in the admin sidebar.</summary>
public sealed class SearchNavigation : INavigationProvider
{
    public void BuildNavigation(string menuName, NavigationBuilder builder)
    {
        if (menuName != MenuNames.Admin)
        {
            return;
        }

        builder.Add("系统管理", 90, group => group
            .Icon("gear")
            .Add("全文检索", 85, item => item.Url("/admin/search").Permission(SearchPermissions.Manage)));
    }
}
