using Anshun.Core.Navigation;

namespace Anshun.Contents;

/// <summary>内容管理 in the admin sidebar; 栏目管理 is added to the same group by the sections area.</summary>
public sealed class ContentsNavigation : INavigationProvider
{
    public const string GroupText = "内容管理";

    public void BuildNavigation(string menuName, NavigationBuilder builder)
    {
        if (menuName != MenuNames.Admin)
        {
            return;
        }

        builder.Add(GroupText, 10, group => group.Icon("journal-richtext")
            .Add("内容列表", 1, item => item.Url("/admin/contents").Permission(ContentsPermissions.Edit))
            .Add("待我审核", 2, item => item.Url("/admin/contents/reviews").Permission(ContentsPermissions.Edit))
            .Add("内容类型", 5, item => item.Url("/admin/content-types").Permission(ContentsPermissions.ManageTypes)));
    }
}
