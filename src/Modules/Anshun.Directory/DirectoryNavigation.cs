using Anshun.Core.Navigation;

namespace Anshun.StaffDirectory;

/// <summary>公共通讯录 in the portal navigation.</summary>
public sealed class DirectoryNavigation : INavigationProvider
{
    public void BuildNavigation(string menuName, NavigationBuilder builder)
    {
        if (menuName != MenuNames.Portal)
        {
            return;
        }

        builder.Add("公共通讯录", 80, item => item.Url("/directory").Icon("person-lines-fill"));
    }
}
