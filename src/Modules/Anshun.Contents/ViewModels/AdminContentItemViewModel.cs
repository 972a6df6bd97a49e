using Anshun.Contents.Models;

namespace Anshun.Contents.ViewModels;

/// <summary>The item page: state, actions, schedule, review, versions, readers and the draft's preview.</summary>
public sealed record AdminContentItemViewModel(
    AdminContentPreviewViewModel Preview,
    SectionInfo? Section,
    bool CanEdit,
    bool CanReview,
    IReadOnlyList<ContentVersionInfo> Versions,
    IReadOnlyList<ReviewEntry> Reviews,
    IReadOnlyList<ContentReader>? Readers,
    IReadOnlyDictionary<string, string> UserNames)
{
    public ContentItemView Item => Preview.Item;

    public string Id => Item.ContentItemId;

    public int? PublishedVersion => Versions.FirstOrDefault(v => v.IsPublished)?.VersionNumber;

    /// <summary>Publishing here needs 提交审核: the section requires review and the caller is not a reviewer.</summary>
    public bool NeedsSubmit => Section?.RequiresReview == true && !CanReview;

    public bool CanPublish => CanReview || (CanEdit && !NeedsSubmit);

    public IReadOnlyList<AdminStatusBadge> Badges => AdminStatusBadge.For(Item.VersionNumber, PublishedVersion, Item.ReviewState);

    public string UserName(string? userId) => userId is null ? "系统" : UserNames.GetValueOrDefault(userId, "（已删除的用户）");

    public static string ActionName(ReviewAction action) => action switch
    {
        ReviewAction.Submit => "提交审核",
        ReviewAction.Approve => "审核通过",
        _ => "退回",
    };
}
