using System.Linq.Expressions;
using System.Security.Claims;
using Anshun.Contents.Data;
using Anshun.Contents.Models;
using Anshun.Core.Data;
using Anshun.Core.Time;
using Microsoft.EntityFrameworkCore;

namespace Anshun.Contents.Services;

/// <inheritdoc cref="IContentQuery" />
/// <remarks>
/// Lists read only <c>Content_Items</c>, filtered by <c>SectionId IN (readable sections)</c> inside
/// the SQL and ordered by the listing indexes. Pinned-first pages fetch the few pinned items
/// separately, so the main query still walks the index newest first and stops after one page.
/// </remarks>
public sealed class ContentQuery(
    Deferred<ContentsDbContext> database,
    ISectionStore sections,
    ISectionAuthorizer authorizer,
    TimeProvider time) : IContentQuery
{
    /// <summary>More pinned items than this in one list is an editing mistake; the rest sort as usual.</summary>
    public const int MaxPinned = 100;

    private ContentsDbContext Db => database.Value;

    public async Task<ContentPage<ContentSummary>> ListPublishedAsync(ClaimsPrincipal user, ContentListQuery query, CancellationToken cancellationToken = default) =>
        await ListPublishedAsync(await authorizer.GetAccessAsync(user, cancellationToken), query, cancellationToken);

    public async Task<ContentPage<ContentSummary>> ListPublishedAsync(SectionAccess access, ContentListQuery query, CancellationToken cancellationToken = default)
    {
        var page = Math.Max(1, query.Page);
        var size = Math.Clamp(query.PageSize, 1, 100);
        var filtered = await FilterAsync(access, query, cancellationToken);
        if (filtered is null)
        {
            return new ContentPage<ContentSummary>([], page, size, 0);
        }

        var total = await filtered.CountAsync(cancellationToken);
        var skip = (page - 1) * size;
        var now = time.GetUtcNow().UtcDateTime;
        var rows = new List<ContentItemRecord>();
        if (query.PinnedFirst)
        {
            var pinned = await Newest(filtered.Where(PinnedAt(now))).Take(MaxPinned).ToListAsync(cancellationToken);
            var pinnedIds = pinned.Select(p => p.Id).ToList();
            rows.AddRange(pinned.Skip(skip).Take(size));
            var rest = size - rows.Count;
            if (rest > 0)
            {
                var others = filtered.Where(i => !pinnedIds.Contains(i.Id));
                rows.AddRange(await Newest(others).Skip(Math.Max(0, skip - pinned.Count)).Take(rest).ToListAsync(cancellationToken));
            }
        }
        else
        {
            rows = await Newest(filtered).Skip(skip).Take(size).ToListAsync(cancellationToken);
        }

        var items = rows.Select(i => new ContentSummary(i.Id, i.ContentType, i.SectionId, i.Title, i.Summary, i.IssuingUnitId,
            i.PublishedUtc ?? i.CreatedUtc, i.IsPinned && (i.PinnedUntilUtc is null || i.PinnedUntilUtc > now),
            (ContentImportance)i.Importance, i.ReadCount, i.AttachmentCount)).ToList();
        return new ContentPage<ContentSummary>(items, page, size, total);
    }

    public async Task<ContentPage<ContentAdminRow>> ListForAdminAsync(ClaimsPrincipal user, ContentAdminQuery query, CancellationToken cancellationToken = default)
    {
        var page = Math.Max(1, query.Page);
        var size = Math.Clamp(query.PageSize, 1, 100);
        var access = await authorizer.GetAccessAsync(user, cancellationToken);
        if (!access.CanEditAny)
        {
            return new ContentPage<ContentAdminRow>([], page, size, 0);
        }

        var items = Db.Items.AsNoTracking().Where(i => !i.IsDeleted);
        if (!access.ManagesAll)
        {
            var sectionIds = access.EditableSectionIds.Union(access.ReviewableSectionIds).ToList();
            items = items.Where(i => i.LatestSectionId != null && sectionIds.Contains(i.LatestSectionId));
        }

        if (!string.IsNullOrWhiteSpace(query.ContentType))
        {
            var type = query.ContentType.Trim();
            items = items.Where(i => i.ContentType == type);
        }

        if (!string.IsNullOrWhiteSpace(query.SectionId))
        {
            var sectionId = query.SectionId.Trim();
            items = items.Where(i => i.LatestSectionId == sectionId);
        }

        if (!string.IsNullOrWhiteSpace(query.Text))
        {
            var text = query.Text.Trim();
            items = items.Where(i => i.LatestTitle.Contains(text));
        }

        items = query.Status switch
        {
            ContentStatusFilter.Draft => items.Where(i => !i.IsPublished || i.PublishedVersion < i.LatestVersion),
            ContentStatusFilter.Submitted => items.Where(i => i.ReviewState == (int)ReviewState.Submitted),
            ContentStatusFilter.Returned => items.Where(i => i.ReviewState == (int)ReviewState.Returned),
            ContentStatusFilter.Published => items.Where(i => i.IsPublished),
            ContentStatusFilter.Scheduled => items.Where(i => i.ScheduledPublishUtc != null || i.ScheduledUnpublishUtc != null),
            _ => items,
        };

        var total = await items.CountAsync(cancellationToken);
        var rows = await items.OrderByDescending(i => i.ModifiedUtc).ThenByDescending(i => i.Id)
            .Skip((page - 1) * size).Take(size).ToListAsync(cancellationToken);
        var result = rows.Select(i => new ContentAdminRow(i.Id, i.ContentType, i.LatestSectionId, i.LatestTitle, i.LatestVersion,
            i.IsPublished ? i.PublishedVersion : null, (ReviewState)i.ReviewState, i.ModifiedUtc, i.ModifiedBy, i.PublishedUtc,
            i.ScheduledPublishUtc, i.ScheduledUnpublishUtc, access.CanEdit(i.LatestSectionId), access.CanReview(i.LatestSectionId))).ToList();
        return new ContentPage<ContentAdminRow>(result, page, size, total);
    }

    /// <summary>Published, not deleted, readable, matching the query; null when nothing can match.</summary>
    internal async Task<IQueryable<ContentItemRecord>?> FilterAsync(SectionAccess access, ContentListQuery query, CancellationToken cancellationToken)
    {
        // Compared with parameters on purpose: SQLite uses the listing indexes only for an equality
        // (IsPublished = ?), not for the bare boolean column EF writes for `i.IsPublished` — at 100,000
        // items that is the difference between walking one page of the index and sorting the table.
        var published = true;
        var deleted = false;
        var items = Db.Items.AsNoTracking().Where(i => i.IsPublished == published && i.IsDeleted == deleted);
        if (!string.IsNullOrWhiteSpace(query.Section))
        {
            var sectionIds = await SectionScopeAsync(access, query.Section.Trim(), query.IncludeSubSections, cancellationToken);
            if (sectionIds.Count == 0)
            {
                return null;
            }

            items = items.Where(i => i.SectionId != null && sectionIds.Contains(i.SectionId));
        }
        else
        {
            var readable = access.ReadableSectionIds.ToList();
            items = items.Where(i => i.SectionId == null || readable.Contains(i.SectionId));
        }

        if (!string.IsNullOrWhiteSpace(query.ContentType))
        {
            var type = query.ContentType.Trim();
            items = items.Where(i => i.ContentType == type);
        }

        if (!string.IsNullOrWhiteSpace(query.IssuingUnitId))
        {
            var unit = query.IssuingUnitId.Trim();
            items = items.Where(i => i.IssuingUnitId == unit);
        }

        if (query.From is { } from)
        {
            var start = ChinaTime.ToUtc(from.ToDateTime(TimeOnly.MinValue));
            items = items.Where(i => i.PublishedUtc >= start);
        }

        if (query.To is { } to)
        {
            var end = ChinaTime.ToUtc(to.AddDays(1).ToDateTime(TimeOnly.MinValue));
            items = items.Where(i => i.PublishedUtc < end);
        }

        return items;
    }

    /// <summary>The section (and its sub-sections when asked) that the caller may read.</summary>
    private async Task<List<string>> SectionScopeAsync(SectionAccess access, string idOrCode, bool includeSubSections, CancellationToken cancellationToken)
    {
        var section = await sections.FindAsync(idOrCode, cancellationToken);
        if (section is null || !access.CanRead(section.Id))
        {
            return [];
        }

        if (!includeSubSections)
        {
            return [section.Id];
        }

        var prefix = section.Path + "/";
        var all = await sections.GetAllAsync(cancellationToken);
        return all.Where(s => s.Id == section.Id || s.Path.StartsWith(prefix, StringComparison.Ordinal))
            .Select(s => s.Id).Where(access.CanRead).ToList();
    }

    private static Expression<Func<ContentItemRecord, bool>> PinnedAt(DateTime now)
    {
        var pinned = true;
        return i => i.IsPinned == pinned && (i.PinnedUntilUtc == null || i.PinnedUntilUtc > now);
    }

    private static IQueryable<ContentItemRecord> Newest(IQueryable<ContentItemRecord> items) =>
        items.OrderByDescending(i => i.PublishedUtc).ThenByDescending(i => i.Id);
}
