using Anshun.Core.Navigation;

namespace Anshun.PortalTheme;

/// <summary>首页 always heads the portal navigation; modules add their sections after it.</summary>
public sealed class PortalNavigation : INavigationProvider
{
    public void BuildNavigation(string menuName, NavigationBuilder builder)
    {
        if (menuName != MenuNames.Portal)
        {
            return;
        }

        builder.Add("首页", 0, item => item.Url("/").Icon("house-door"));
    }
}
