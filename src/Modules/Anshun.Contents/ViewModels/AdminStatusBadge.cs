using Anshun.Contents.Models;

namespace Anshun.Contents.ViewModels;

/// <summary>A status badge of an item (草稿, 待审核, 已退回, 已发布, 有未发布的修改).</summary>
public sealed record AdminStatusBadge(string Text, string CssClass)
{
    public static IReadOnlyList<AdminStatusBadge> For(int latestVersion, int? publishedVersion, ReviewState review)
    {
        var badges = new List<AdminStatusBadge>();
        if (publishedVersion is null)
        {
            badges.Add(new("草稿", "text-bg-secondary"));
        }
        else
        {
            badges.Add(new("已发布", "text-bg-success"));
            if (latestVersion > publishedVersion)
            {
                badges.Add(new("有未发布的修改", "text-bg-light border"));
            }
        }

        if (review == ReviewState.Submitted)
        {
            badges.Add(new("待审核", "text-bg-warning"));
        }
        else if (review == ReviewState.Returned)
        {
            badges.Add(new("已退回", "text-bg-danger"));
        }

        return badges;
    }

    public static IReadOnlyList<AdminStatusBadge> For(ContentAdminRow row) => For(row.LatestVersion, row.PublishedVersion, row.ReviewState);

    public static string StatusName(ContentStatusFilter status) => status switch
    {
        ContentStatusFilter.Draft => "草稿",
        ContentStatusFilter.Submitted => "待审核",
        ContentStatusFilter.Returned => "已退回",
        ContentStatusFilter.Published => "已发布",
        ContentStatusFilter.Scheduled => "定时",
        _ => "全部状态",
    };
}
