using Anshun.Core.Navigation;

namespace Anshun.Contents.Sections;

/// <summary>内容管理 › 栏目管理 in the admin sidebar.</summary>
public sealed class SectionsNavigation : INavigationProvider
{
    public void BuildNavigation(string menuName, NavigationBuilder builder)
    {
        if (menuName != MenuNames.Admin)
        {
            return;
        }

        builder.Add("内容管理", 20, group => group
            .Icon("newspaper")
            .Add("栏目管理", 50, item => item.Url("/admin/sections").Icon("diagram-3").Permission(ContentsPermissions.ManageSections)));
    }
}
