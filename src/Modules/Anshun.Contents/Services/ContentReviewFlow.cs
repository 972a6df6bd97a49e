using System.Security.Claims;
using Anshun.Contents.Data;
using Anshun.Contents.Models;
using Anshun.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Anshun.Contents.Services;

/// <summary>
/// 送审: in a section that requires review, editors submit and only reviewers (or 全部栏目管理)
/// publish, approve or return with an opinion. Every step is recorded with who, when and the opinion.
/// </summary>
public sealed class ContentReviewFlow(
    ContentsDbContext db,
    IDataSession session,
    ISectionStore sections,
    ISectionAuthorizer authorizer,
    ContentWriter writer,
    ContentEventDispatcher events,
    ContentAccessGuard guard,
    ContentViewFactory views,
    TimeProvider time)
{
    public const int OpinionMaxLength = 1000;

    /// <summary>Publishing (and unpublishing, scheduling) needs review rights where the section requires review, else edit rights.</summary>
    public async Task DemandPublishAsync(ClaimsPrincipal user, ContentItemRecord item, CancellationToken cancellationToken)
    {
        var access = await authorizer.GetAccessAsync(user, cancellationToken);
        var section = item.LatestSectionId is null ? null : await sections.FindAsync(item.LatestSectionId, cancellationToken);
        if (access.CanReview(item.LatestSectionId))
        {
            return;
        }

        if (section is { RequiresReview: true } && access.CanEdit(section.Id))
        {
            await guard.DemandAsync(false, user, item.Id, $"栏目“{section.Name}”的内容须经审核后发布，请提交审核。", cancellationToken);
        }

        await guard.DemandAsync(access.CanEdit(item.LatestSectionId), user, item.Id,
            section is null ? "您没有发布该内容的权限。" : $"您没有在栏目“{section.Name}”中发布内容的权限。", cancellationToken);
    }

    public async Task<ContentItemView> SubmitAsync(ClaimsPrincipal user, string contentItemId, CancellationToken cancellationToken)
    {
        var item = await LoadAsync(contentItemId, cancellationToken);
        var access = await authorizer.GetAccessAsync(user, cancellationToken);
        await guard.DemandAsync(access.CanEdit(item.LatestSectionId), user, item.Id, "您没有编辑该内容的权限，不能提交审核。", cancellationToken);
        if (item.ReviewState == (int)ReviewState.Submitted)
        {
            throw new ContentValidationException("status", "该内容已提交审核，请等待审核结果。");
        }

        if (item.IsPublished && item.PublishedVersion == item.LatestVersion)
        {
            throw new ContentValidationException("status", "最新版本已经发布，无需提交审核。");
        }

        var userId = ContentPrincipal.UserId(user);
        await using var transaction = await session.BeginTransactionAsync(cancellationToken);
        item.ReviewState = (int)ReviewState.Submitted;
        Record(item, ReviewAction.Submit, userId, null);
        await db.SaveChangesAsync(cancellationToken);
        await events.RaiseAsync((h, c, ct) => h.SubmittedAsync(c, ct),
            ContentEventDispatcher.Context(item, item.LatestVersion, item.LatestTitle, item.LatestSectionId, userId), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return await LatestViewAsync(item, cancellationToken);
    }

    public async Task<ContentItemView> ApproveAsync(ClaimsPrincipal user, string contentItemId, string? opinion, CancellationToken cancellationToken)
    {
        var item = await LoadAsync(contentItemId, cancellationToken);
        await DemandReviewAsync(user, item, cancellationToken);
        opinion = CleanOpinion(opinion);
        var userId = ContentPrincipal.UserId(user);
        await using var transaction = await session.BeginTransactionAsync(cancellationToken);
        Record(item, ReviewAction.Approve, userId, opinion);
        item.ScheduledPublishUtc = null;
        var version = await writer.PublishAsync(item, userId, time.GetUtcNow().UtcDateTime, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return await views.CreateAsync(item, version, cancellationToken);
    }

    public async Task<ContentItemView> ReturnAsync(ClaimsPrincipal user, string contentItemId, string opinion, CancellationToken cancellationToken)
    {
        var item = await LoadAsync(contentItemId, cancellationToken);
        await DemandReviewAsync(user, item, cancellationToken);
        var cleaned = CleanOpinion(opinion) ?? throw new ContentValidationException("opinion", "请填写退回意见，说明需要修改的地方。");
        await using var transaction = await session.BeginTransactionAsync(cancellationToken);
        item.ReviewState = (int)ReviewState.Returned;
        Record(item, ReviewAction.Return, ContentPrincipal.UserId(user), cleaned);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return await LatestViewAsync(item, cancellationToken);
    }

    public async Task<IReadOnlyList<ReviewEntry>> GetHistoryAsync(string contentItemId, CancellationToken cancellationToken)
    {
        var rows = await db.Reviews.AsNoTracking().Where(r => r.ContentItemId == contentItemId).ToListAsync(cancellationToken);
        return rows.OrderBy(r => r.Utc).ThenBy(r => r.Id, StringComparer.Ordinal)
            .Select(r => new ReviewEntry(r.VersionNumber, (ReviewAction)r.Action, r.UserId, r.Utc, r.Opinion)).ToList();
    }

    private async Task DemandReviewAsync(ClaimsPrincipal user, ContentItemRecord item, CancellationToken cancellationToken)
    {
        var access = await authorizer.GetAccessAsync(user, cancellationToken);
        await guard.DemandAsync(access.CanReview(item.LatestSectionId), user, item.Id, "您没有审核该栏目内容的权限。", cancellationToken);
        if (item.ReviewState != (int)ReviewState.Submitted)
        {
            throw new ContentValidationException("status", "该内容不在待审核状态。");
        }
    }

    private void Record(ContentItemRecord item, ReviewAction action, string? userId, string? opinion) =>
        db.Reviews.Add(new ContentReviewRecord
        {
            Id = Guid.CreateVersion7().ToString("N"),
            ContentItemId = item.Id,
            VersionNumber = item.LatestVersion,
            Action = (int)action,
            UserId = userId,
            Utc = time.GetUtcNow().UtcDateTime,
            Opinion = opinion,
        });

    private static string? CleanOpinion(string? opinion)
    {
        var cleaned = string.IsNullOrWhiteSpace(opinion) ? null : opinion.Trim();
        if (cleaned is { Length: > OpinionMaxLength })
        {
            throw new ContentValidationException("opinion", $"审核意见最多 {OpinionMaxLength} 个字符。");
        }

        return cleaned;
    }

    private async Task<ContentItemRecord> LoadAsync(string contentItemId, CancellationToken cancellationToken) =>
        await db.Items.FirstOrDefaultAsync(i => i.Id == contentItemId && !i.IsDeleted, cancellationToken)
        ?? throw new ContentNotFoundException("内容不存在或已删除。");

    private async Task<ContentItemView> LatestViewAsync(ContentItemRecord item, CancellationToken cancellationToken)
    {
        var version = await db.Versions.AsNoTracking()
            .SingleAsync(v => v.ContentItemId == item.Id && v.VersionNumber == item.LatestVersion, cancellationToken);
        return await views.CreateAsync(item, version, cancellationToken);
    }
}
