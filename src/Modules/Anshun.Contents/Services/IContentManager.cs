using System.Security.Claims;
using Anshun.Contents.Models;

namespace Anshun.Contents.Services;

/// <summary>
/// Every change to content items goes through here, from the admin UI, the API and recipes alike:
/// same section checks (<see cref="ISectionAuthorizer"/>), validation, sanitization, versions,
/// events and audit. Each call is one transaction. Throws <see cref="ContentValidationException"/>,
/// <see cref="ContentForbiddenException"/> (audited) or <see cref="ContentNotFoundException"/>.
/// </summary>
public interface IContentManager
{
    /// <summary>Saves a new item as draft version 1.</summary>
    Task<ContentItemView> CreateAsync(ClaimsPrincipal user, ContentInput input, CancellationToken cancellationToken = default);

    /// <summary>Saves the input as a new draft version; the published version stays online until published again.</summary>
    Task<ContentItemView> UpdateAsync(ClaimsPrincipal user, string contentItemId, ContentInput input, CancellationToken cancellationToken = default);

    /// <summary>Publishes the latest version now (editor in a section without review, reviewer, or 全部栏目管理).</summary>
    Task<ContentItemView> PublishAsync(ClaimsPrincipal user, string contentItemId, CancellationToken cancellationToken = default);

    Task<ContentItemView> UnpublishAsync(ClaimsPrincipal user, string contentItemId, CancellationToken cancellationToken = default);

    /// <summary>Sets (or clears, with null) the publish window; the background task applies it when due.</summary>
    Task<ContentItemView> ScheduleAsync(ClaimsPrincipal user, string contentItemId, DateTime? publishUtc, DateTime? unpublishUtc, CancellationToken cancellationToken = default);

    /// <summary>Copies an old version into a new draft version.</summary>
    Task<ContentItemView> RestoreAsync(ClaimsPrincipal user, string contentItemId, int versionNumber, CancellationToken cancellationToken = default);

    /// <summary>Soft delete (移入回收站) with an audit record.</summary>
    Task DeleteAsync(ClaimsPrincipal user, string contentItemId, CancellationToken cancellationToken = default);

    /// <summary>提交审核 of the latest version.</summary>
    Task<ContentItemView> SubmitAsync(ClaimsPrincipal user, string contentItemId, CancellationToken cancellationToken = default);

    /// <summary>审核通过: publishes the submitted version.</summary>
    Task<ContentItemView> ApproveAsync(ClaimsPrincipal user, string contentItemId, string? opinion, CancellationToken cancellationToken = default);

    /// <summary>退回 with an opinion (required).</summary>
    Task<ContentItemView> ReturnAsync(ClaimsPrincipal user, string contentItemId, string opinion, CancellationToken cancellationToken = default);

    /// <summary>
    /// A version for someone allowed to see it: <see cref="ContentVersionOption.Published"/> needs read access,
    /// <see cref="ContentVersionOption.Latest"/> (preview) needs edit or review access. Null when missing,
    /// deleted, or not visible to the caller.
    /// </summary>
    Task<ContentItemView?> GetAsync(ClaimsPrincipal user, string contentItemId, ContentVersionOption option, CancellationToken cancellationToken = default);

    /// <summary>One old version (edit or review access).</summary>
    Task<ContentItemView?> GetVersionAsync(ClaimsPrincipal user, string contentItemId, int versionNumber, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ContentVersionInfo>> GetVersionsAsync(ClaimsPrincipal user, string contentItemId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ReviewEntry>> GetReviewHistoryAsync(ClaimsPrincipal user, string contentItemId, CancellationToken cancellationToken = default);

    /// <summary>Applies publish windows due at the TimeProvider's now; returns how many items changed.</summary>
    Task<int> ApplySchedulesAsync(CancellationToken cancellationToken = default);
}
