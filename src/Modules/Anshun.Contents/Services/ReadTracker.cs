using System.Security.Claims;
using Anshun.Contents.Data;
using Anshun.Contents.Models;
using Anshun.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Anshun.Contents.Services;

/// <inheritdoc cref="IReadTracker" />
public sealed class ReadTracker(
    ContentsDbContext db,
    IDataSession session,
    IContentDefinitionStore definitions,
    ISectionAuthorizer authorizer,
    ContentQuery query,
    ContentAccessGuard guard,
    TimeProvider time) : IReadTracker
{
    /// <remarks>
    /// The insert skips an existing row (<c>ON CONFLICT DO NOTHING</c>, on SQLite and PostgreSQL alike),
    /// so two first reads racing count once; the counter is raised in the same statement's transaction.
    /// </remarks>
    public async Task MarkReadAsync(string userId, string contentItemId, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(userId))
        {
            return;
        }

        var exists = await db.Items.AsNoTracking().AnyAsync(i => i.Id == contentItemId && i.IsPublished && !i.IsDeleted, cancellationToken);
        if (!exists || await db.Reads.AsNoTracking().AnyAsync(r => r.ContentItemId == contentItemId && r.UserId == userId, cancellationToken))
        {
            return;
        }

        var now = time.GetUtcNow().UtcDateTime;
        await using var transaction = await session.BeginTransactionAsync(cancellationToken);
        var inserted = await db.Database.ExecuteSqlAsync(
            $"INSERT INTO \"Content_Reads\" (\"ContentItemId\", \"UserId\", \"ReadUtc\") VALUES ({contentItemId}, {userId}, {now}) ON CONFLICT (\"ContentItemId\", \"UserId\") DO NOTHING",
            cancellationToken);
        if (inserted == 1)
        {
            await db.Items.Where(i => i.Id == contentItemId)
                .ExecuteUpdateAsync(s => s.SetProperty(i => i.ReadCount, i => i.ReadCount + 1), cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlySet<string>> GetReadAsync(string userId, IEnumerable<string> contentItemIds, CancellationToken cancellationToken = default)
    {
        var ids = contentItemIds.Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count == 0 || string.IsNullOrWhiteSpace(userId))
        {
            return new HashSet<string>(StringComparer.Ordinal);
        }

        var read = await db.Reads.AsNoTracking().Where(r => r.UserId == userId && ids.Contains(r.ContentItemId))
            .Select(r => r.ContentItemId).ToListAsync(cancellationToken);
        return read.ToHashSet(StringComparer.Ordinal);
    }

    public async Task<int> CountUnreadAsync(ClaimsPrincipal user, string contentType, string? section = null, CancellationToken cancellationToken = default)
    {
        var userId = ContentPrincipal.UserId(user);
        var type = await definitions.GetTypeAsync(contentType, cancellationToken);
        if (userId is null || type is null || !type.Has(ContentParts.ReadTracking))
        {
            return 0;
        }

        var access = await authorizer.GetAccessAsync(user, cancellationToken);
        var items = await query.FilterAsync(access, new ContentListQuery { ContentType = type.Name, Section = section }, cancellationToken);
        if (items is null)
        {
            return 0;
        }

        return await items.Where(i => !db.Reads.Any(r => r.ContentItemId == i.Id && r.UserId == userId)).CountAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<ContentReader>> GetReadersAsync(ClaimsPrincipal user, string contentItemId, CancellationToken cancellationToken = default)
    {
        var item = await db.Items.AsNoTracking().FirstOrDefaultAsync(i => i.Id == contentItemId && !i.IsDeleted, cancellationToken)
            ?? throw new ContentNotFoundException("内容不存在或已删除。");
        var access = await authorizer.GetAccessAsync(user, cancellationToken);
        var allowed = access.CanEdit(item.SectionId) || access.CanReview(item.SectionId)
            || access.CanEdit(item.LatestSectionId) || access.CanReview(item.LatestSectionId);
        await guard.DemandAsync(allowed, user, item.Id, "只有该栏目的编辑和审核人员可以查看阅读情况。", cancellationToken);
        var reads = await db.Reads.AsNoTracking().Where(r => r.ContentItemId == item.Id).ToListAsync(cancellationToken);
        return reads.OrderBy(r => r.ReadUtc).ThenBy(r => r.UserId, StringComparer.Ordinal)
            .Select(r => new ContentReader(r.UserId, r.ReadUtc)).ToList();
    }
}
