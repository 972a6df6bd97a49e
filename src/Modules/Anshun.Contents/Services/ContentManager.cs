using System.Security.Claims;
using Anshun.Contents.Data;
using Anshun.Contents.Models;
using Anshun.Core.Audit;
using Anshun.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Anshun.Contents.Services;

/// <inheritdoc cref="IContentManager" />
public sealed class ContentManager(
    ContentsDbContext db,
    IDataSession session,
    IContentDefinitionStore definitions,
    ISectionStore sections,
    ISectionAuthorizer authorizer,
    ContentInputValidator validator,
    ContentWriter writer,
    ContentReviewFlow reviews,
    ContentScheduler scheduler,
    ContentAccessGuard guard,
    ContentViewFactory views,
    IAuditLog audit,
    TimeProvider time) : IContentManager
{
    public async Task<ContentItemView> CreateAsync(ClaimsPrincipal user, ContentInput input, CancellationToken cancellationToken = default)
    {
        var type = await definitions.GetTypeAsync(input.ContentType?.Trim() ?? "", cancellationToken)
            ?? throw new ContentValidationException("contentType", $"内容类型“{input.ContentType}”不存在。");
        var access = await authorizer.GetAccessAsync(user, cancellationToken);
        var section = await validator.ResolveSectionAsync(type, input.SectionId, null, cancellationToken);
        await guard.DemandAsync(access.CanEdit(section?.Id), user, section?.Code ?? type.Name,
            section is null ? $"您没有新建“{type.DisplayName}”的权限。" : $"您没有在栏目“{section.Name}”中新建内容的权限。", cancellationToken);

        var userId = ContentPrincipal.UserId(user);
        var content = await validator.ValidateAsync(type, input, section, null, userId, cancellationToken);
        await using var transaction = await session.BeginTransactionAsync(cancellationToken);
        var (item, version) = await writer.CreateAsync(type.Name, content, userId, null, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return await views.CreateAsync(item, version, cancellationToken);
    }

    public async Task<ContentItemView> UpdateAsync(ClaimsPrincipal user, string contentItemId, ContentInput input, CancellationToken cancellationToken = default)
    {
        var item = await LoadAsync(contentItemId, cancellationToken);
        var type = await TypeOfAsync(item, cancellationToken);
        var access = await authorizer.GetAccessAsync(user, cancellationToken);
        await DemandEditAsync(user, access, item, cancellationToken);
        var section = await validator.ResolveSectionAsync(type, input.SectionId, item.LatestSectionId, cancellationToken);
        if (section is not null && section.Id != item.LatestSectionId)
        {
            await guard.DemandAsync(access.CanEdit(section.Id), user, item.Id, $"您没有在栏目“{section.Name}”中编辑内容的权限，不能移入该栏目。", cancellationToken);
        }

        var userId = ContentPrincipal.UserId(user);
        var content = await validator.ValidateAsync(type, input, section, item.Id, userId, cancellationToken);
        await using var transaction = await session.BeginTransactionAsync(cancellationToken);
        var version = await writer.AddVersionAsync(item, content.Title, content.SectionId, content.Data, content.ClaimedAttachmentIds, userId, null, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return await views.CreateAsync(item, version, cancellationToken);
    }

    public async Task<ContentItemView> PublishAsync(ClaimsPrincipal user, string contentItemId, CancellationToken cancellationToken = default)
    {
        var item = await LoadAsync(contentItemId, cancellationToken);
        await DemandPublishAsync(user, item, cancellationToken);
        await using var transaction = await session.BeginTransactionAsync(cancellationToken);
        item.ScheduledPublishUtc = null;
        var version = await writer.PublishAsync(item, ContentPrincipal.UserId(user), time.GetUtcNow().UtcDateTime, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return await views.CreateAsync(item, version, cancellationToken);
    }

    public async Task<ContentItemView> UnpublishAsync(ClaimsPrincipal user, string contentItemId, CancellationToken cancellationToken = default)
    {
        var item = await LoadAsync(contentItemId, cancellationToken);
        await DemandPublishAsync(user, item, cancellationToken);
        if (!item.IsPublished)
        {
            throw new ContentValidationException("status", "该内容尚未发布，无需下线。");
        }

        await using var transaction = await session.BeginTransactionAsync(cancellationToken);
        await writer.UnpublishAsync(item, ContentPrincipal.UserId(user), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return await LatestViewAsync(item, cancellationToken);
    }

    public async Task<ContentItemView> ScheduleAsync(ClaimsPrincipal user, string contentItemId, DateTime? publishUtc, DateTime? unpublishUtc, CancellationToken cancellationToken = default)
    {
        var item = await LoadAsync(contentItemId, cancellationToken);
        await DemandPublishAsync(user, item, cancellationToken);
        var publish = publishUtc is { } p ? DateTime.SpecifyKind(p, DateTimeKind.Utc) : (DateTime?)null;
        var unpublish = unpublishUtc is { } u ? DateTime.SpecifyKind(u, DateTimeKind.Utc) : (DateTime?)null;
        var now = time.GetUtcNow().UtcDateTime;
        if (publish is { } start && start <= now)
        {
            throw new ContentValidationException("scheduledPublishUtc", "定时发布时间必须晚于当前时间；要立即发布，请直接发布。");
        }

        if (unpublish is { } end && (end <= now || (publish is { } begin && end <= begin)))
        {
            throw new ContentValidationException("scheduledUnpublishUtc", "定时下线时间必须晚于当前时间和定时发布时间。");
        }

        await using var transaction = await session.BeginTransactionAsync(cancellationToken);
        item.ScheduledPublishUtc = publish;
        item.ScheduledUnpublishUtc = unpublish;
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return await LatestViewAsync(item, cancellationToken);
    }

    public async Task<ContentItemView> RestoreAsync(ClaimsPrincipal user, string contentItemId, int versionNumber, CancellationToken cancellationToken = default)
    {
        var item = await LoadAsync(contentItemId, cancellationToken);
        var access = await authorizer.GetAccessAsync(user, cancellationToken);
        await DemandEditAsync(user, access, item, cancellationToken);
        var old = await db.Versions.AsNoTracking()
            .FirstOrDefaultAsync(v => v.ContentItemId == item.Id && v.VersionNumber == versionNumber, cancellationToken)
            ?? throw new ContentNotFoundException($"该内容没有版本 {versionNumber}。");
        if (old.SectionId != item.LatestSectionId)
        {
            await guard.DemandAsync(access.CanEdit(old.SectionId), user, item.Id, "该版本所在的栏目您无权编辑，不能恢复。", cancellationToken);
        }

        await using var transaction = await session.BeginTransactionAsync(cancellationToken);
        var data = ContentVersionData.Deserialize(old.Data);
        var version = await writer.AddVersionAsync(item, old.Title, old.SectionId, data, [], ContentPrincipal.UserId(user),
            $"恢复自版本 {versionNumber}", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return await views.CreateAsync(item, version, cancellationToken);
    }

    public async Task DeleteAsync(ClaimsPrincipal user, string contentItemId, CancellationToken cancellationToken = default)
    {
        var item = await LoadAsync(contentItemId, cancellationToken);
        var access = await authorizer.GetAccessAsync(user, cancellationToken);
        await DemandEditAsync(user, access, item, cancellationToken);

        var userId = ContentPrincipal.UserId(user);
        await using var transaction = await session.BeginTransactionAsync(cancellationToken);
        item.IsDeleted = true;
        item.DeletedUtc = time.GetUtcNow().UtcDateTime;
        item.DeletedBy = userId;
        item.ScheduledPublishUtc = null;
        item.ScheduledUnpublishUtc = null;
        await db.SaveChangesAsync(cancellationToken);
        await audit.WriteAsync(
            new AuditEntry(AuditEventTypes.ContentDeleted, item.Id, $"删除内容“{item.LatestTitle}”（{item.ContentType}，版本 {item.LatestVersion}），移入回收站。")
            {
                UserName = ContentPrincipal.UserName(user),
            },
            cancellationToken);
        await writer.RaiseRemovedAsync(item, userId, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public Task<ContentItemView> SubmitAsync(ClaimsPrincipal user, string contentItemId, CancellationToken cancellationToken = default) =>
        reviews.SubmitAsync(user, contentItemId, cancellationToken);

    public Task<ContentItemView> ApproveAsync(ClaimsPrincipal user, string contentItemId, string? opinion, CancellationToken cancellationToken = default) =>
        reviews.ApproveAsync(user, contentItemId, opinion, cancellationToken);

    public Task<ContentItemView> ReturnAsync(ClaimsPrincipal user, string contentItemId, string opinion, CancellationToken cancellationToken = default) =>
        reviews.ReturnAsync(user, contentItemId, opinion, cancellationToken);

    public async Task<ContentItemView?> GetAsync(ClaimsPrincipal user, string contentItemId, ContentVersionOption option, CancellationToken cancellationToken = default)
    {
        var item = await db.Items.AsNoTracking().FirstOrDefaultAsync(i => i.Id == contentItemId && !i.IsDeleted, cancellationToken);
        if (item is null)
        {
            return null;
        }

        var access = await authorizer.GetAccessAsync(user, cancellationToken);
        if (option == ContentVersionOption.Published)
        {
            return item.IsPublished && item.PublishedVersion is { } published && access.CanRead(item.SectionId)
                ? await VersionViewAsync(item, published, cancellationToken)
                : null;
        }

        return CanSeeDrafts(access, item) ? await VersionViewAsync(item, item.LatestVersion, cancellationToken) : null;
    }

    public async Task<ContentItemView?> GetVersionAsync(ClaimsPrincipal user, string contentItemId, int versionNumber, CancellationToken cancellationToken = default)
    {
        var item = await db.Items.AsNoTracking().FirstOrDefaultAsync(i => i.Id == contentItemId && !i.IsDeleted, cancellationToken);
        if (item is null || !CanSeeDrafts(await authorizer.GetAccessAsync(user, cancellationToken), item))
        {
            return null;
        }

        return await VersionViewAsync(item, versionNumber, cancellationToken);
    }

    public async Task<IReadOnlyList<ContentVersionInfo>> GetVersionsAsync(ClaimsPrincipal user, string contentItemId, CancellationToken cancellationToken = default)
    {
        var item = await LoadVisibleDraftAsync(user, contentItemId, cancellationToken);
        var versions = await db.Versions.AsNoTracking().Where(v => v.ContentItemId == item.Id)
            .OrderByDescending(v => v.VersionNumber)
            .Select(v => new { v.VersionNumber, v.Title, v.AuthorUserId, v.CreatedUtc, v.Note })
            .ToListAsync(cancellationToken);
        return versions.Select(v => new ContentVersionInfo(v.VersionNumber, v.Title, v.AuthorUserId, v.CreatedUtc,
            item.IsPublished && item.PublishedVersion == v.VersionNumber, item.LatestVersion == v.VersionNumber, v.Note)).ToList();
    }

    public async Task<IReadOnlyList<ReviewEntry>> GetReviewHistoryAsync(ClaimsPrincipal user, string contentItemId, CancellationToken cancellationToken = default)
    {
        var item = await LoadVisibleDraftAsync(user, contentItemId, cancellationToken);
        return await reviews.GetHistoryAsync(item.Id, cancellationToken);
    }

    public Task<int> ApplySchedulesAsync(CancellationToken cancellationToken = default) => scheduler.ApplyAsync(cancellationToken);

    private async Task<ContentItemRecord> LoadAsync(string contentItemId, CancellationToken cancellationToken) =>
        await db.Items.FirstOrDefaultAsync(i => i.Id == contentItemId && !i.IsDeleted, cancellationToken)
        ?? throw new ContentNotFoundException("内容不存在或已删除。");

    private async Task<ContentItemRecord> LoadVisibleDraftAsync(ClaimsPrincipal user, string contentItemId, CancellationToken cancellationToken)
    {
        var item = await db.Items.AsNoTracking().FirstOrDefaultAsync(i => i.Id == contentItemId && !i.IsDeleted, cancellationToken)
            ?? throw new ContentNotFoundException("内容不存在或已删除。");
        var access = await authorizer.GetAccessAsync(user, cancellationToken);
        await guard.DemandAsync(CanSeeDrafts(access, item), user, item.Id, "您没有查看该内容历史的权限。", cancellationToken);
        return item;
    }

    private async Task<ContentTypeDefinition> TypeOfAsync(ContentItemRecord item, CancellationToken cancellationToken) =>
        await definitions.GetTypeAsync(item.ContentType, cancellationToken)
        ?? throw new ContentValidationException("contentType", $"内容类型“{item.ContentType}”已不存在，不能再编辑该内容。");

    private static bool CanSeeDrafts(SectionAccess access, ContentItemRecord item) =>
        access.CanEdit(item.LatestSectionId) || access.CanReview(item.LatestSectionId)
        || access.CanEdit(item.SectionId) || access.CanReview(item.SectionId);

    private async Task DemandEditAsync(ClaimsPrincipal user, SectionAccess access, ContentItemRecord item, CancellationToken cancellationToken)
    {
        if (access.CanEdit(item.LatestSectionId))
        {
            return;
        }

        var name = item.LatestSectionId is null ? null : (await sections.FindAsync(item.LatestSectionId, cancellationToken))?.Name;
        await guard.DemandAsync(false, user, item.Id,
            name is null ? "您没有编辑该内容的权限。" : $"您没有在栏目“{name}”中编辑内容的权限。", cancellationToken);
    }

    private Task DemandPublishAsync(ClaimsPrincipal user, ContentItemRecord item, CancellationToken cancellationToken) =>
        reviews.DemandPublishAsync(user, item, cancellationToken);

    private async Task<ContentItemView> LatestViewAsync(ContentItemRecord item, CancellationToken cancellationToken) =>
        await VersionViewAsync(item, item.LatestVersion, cancellationToken)
        ?? throw new ContentNotFoundException("内容不存在或已删除。");

    private async Task<ContentItemView?> VersionViewAsync(ContentItemRecord item, int versionNumber, CancellationToken cancellationToken)
    {
        var version = await db.Versions.AsNoTracking()
            .FirstOrDefaultAsync(v => v.ContentItemId == item.Id && v.VersionNumber == versionNumber, cancellationToken);
        return version is null ? null : await views.CreateAsync(item, version, cancellationToken);
    }
}
