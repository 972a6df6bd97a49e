using Anshun.Contents.Data;
using Anshun.Contents.Models;
using Microsoft.EntityFrameworkCore;

namespace Anshun.Contents.Services;

/// <summary>
/// The storage steps shared by the content manager, the recipe import and the scheduler: new item,
/// new version, publish, unpublish, each raising its events. Callers check permissions and own the
/// transaction; nothing here decides who may act.
/// </summary>
public sealed class ContentWriter(
    ContentsDbContext db,
    IAttachmentStore attachments,
    ContentEventDispatcher events,
    TimeProvider time)
{
    public async Task<(ContentItemRecord Item, ContentVersionRecord Version)> CreateAsync(
        string contentType, ValidatedContent content, string? userId, string? note, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var item = new ContentItemRecord
        {
            Id = Guid.CreateVersion7().ToString("N"),
            ContentType = contentType,
            LatestVersion = 1,
            OwnerUserId = userId,
            CreatedUtc = now,
            ModifiedUtc = now,
            ModifiedBy = userId,
        };
        var version = NewVersion(item, 1, content.Title, content.SectionId, content.Data, userId, note, now);
        var context = ContentEventDispatcher.Context(item, 1, content.Title, content.SectionId, userId);
        await events.RaiseAsync((h, c, ct) => h.CreatingAsync(c, ct), context, cancellationToken);

        SetLatest(item, version);
        Project(item, version, content.Data);
        db.Items.Add(item);
        db.Versions.Add(version);
        await db.SaveChangesAsync(cancellationToken);
        await ClaimAsync(content.ClaimedAttachmentIds, item.Id, cancellationToken);
        await events.RaiseAsync((h, c, ct) => h.CreatedAsync(c, ct), context, cancellationToken);
        return (item, version);
    }

    /// <summary>Saves a new latest version; the published one stays online. Resets 送审 to not submitted.</summary>
    public async Task<ContentVersionRecord> AddVersionAsync(
        ContentItemRecord item, string title, string? sectionId, ContentVersionData data,
        IReadOnlyList<string> claimedAttachmentIds, string? userId, string? note, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var version = NewVersion(item, item.LatestVersion + 1, title, sectionId, data, userId, note, now);
        db.Versions.Add(version);
        SetLatest(item, version);
        item.ModifiedUtc = now;
        item.ModifiedBy = userId;
        item.ReviewState = (int)ReviewState.None;
        if (!item.IsPublished)
        {
            Project(item, version, data);
        }

        await db.SaveChangesAsync(cancellationToken);
        await ClaimAsync(claimedAttachmentIds, item.Id, cancellationToken);
        await events.RaiseAsync((h, c, ct) => h.UpdatedAsync(c, ct),
            ContentEventDispatcher.Context(item, version.VersionNumber, title, sectionId, userId), cancellationToken);
        return version;
    }

    /// <summary>Puts the latest version online as of <paramref name="publishedUtc"/>.</summary>
    public async Task<ContentVersionRecord> PublishAsync(ContentItemRecord item, string? userId, DateTime publishedUtc, CancellationToken cancellationToken)
    {
        var version = await db.Versions.AsNoTracking()
            .SingleAsync(v => v.ContentItemId == item.Id && v.VersionNumber == item.LatestVersion, cancellationToken);
        var context = ContentEventDispatcher.Context(item, version.VersionNumber, version.Title, version.SectionId, userId);
        await events.RaiseAsync((h, c, ct) => h.PublishingAsync(c, ct), context, cancellationToken);

        var data = ContentVersionData.Deserialize(version.Data);
        item.IsPublished = true;
        item.PublishedVersion = version.VersionNumber;
        item.PublishedUtc = publishedUtc;
        item.ReviewState = (int)ReviewState.None;
        Project(item, version, data);
        await db.SaveChangesAsync(cancellationToken);
        await events.RaiseAsync((h, c, ct) => h.PublishedAsync(c, ct), context, cancellationToken);
        return version;
    }

    /// <summary>Takes the item offline; its versions stay and it can be published again.</summary>
    public async Task UnpublishAsync(ContentItemRecord item, string? userId, CancellationToken cancellationToken)
    {
        var publishedVersion = item.PublishedVersion ?? item.LatestVersion;
        var context = ContentEventDispatcher.Context(item, publishedVersion, item.Title, item.SectionId, userId);
        item.IsPublished = false;
        item.PublishedVersion = null;
        item.ScheduledUnpublishUtc = null;
        var latest = await db.Versions.AsNoTracking()
            .SingleAsync(v => v.ContentItemId == item.Id && v.VersionNumber == item.LatestVersion, cancellationToken);
        Project(item, latest, ContentVersionData.Deserialize(latest.Data));
        await db.SaveChangesAsync(cancellationToken);
        await events.RaiseAsync((h, c, ct) => h.UnpublishedAsync(c, ct), context, cancellationToken);
    }

    /// <summary>Tells listeners the item was soft-deleted (the caller has already marked it).</summary>
    public Task RaiseRemovedAsync(ContentItemRecord item, string? userId, CancellationToken cancellationToken) =>
        events.RaiseAsync((h, c, ct) => h.RemovedAsync(c, ct),
            ContentEventDispatcher.Context(item, item.LatestVersion, item.LatestTitle, item.LatestSectionId, userId), cancellationToken);

    /// <summary>Copies a version's list columns onto the item (the published one, or the latest while never published).</summary>
    public static void Project(ContentItemRecord item, ContentVersionRecord version, ContentVersionData data)
    {
        item.Title = version.Title;
        item.SectionId = version.SectionId;
        item.Summary = data.Summary;
        item.IssuingUnitId = data.IssuingUnitId;
        item.IsPinned = data.Pinned;
        item.PinnedUntilUtc = data.PinnedUntilUtc;
        item.Importance = (int)data.Importance;
        item.AttachmentCount = data.AttachmentIds.Count;
    }

    private static void SetLatest(ContentItemRecord item, ContentVersionRecord version)
    {
        item.LatestVersion = version.VersionNumber;
        item.LatestTitle = version.Title;
        item.LatestSectionId = version.SectionId;
    }

    private static ContentVersionRecord NewVersion(ContentItemRecord item, int number, string title, string? sectionId,
        ContentVersionData data, string? userId, string? note, DateTime now) => new()
    {
        ContentItemId = item.Id,
        VersionNumber = number,
        Title = title,
        SectionId = sectionId,
        Data = data.Serialize(),
        AuthorUserId = userId,
        CreatedUtc = now,
        Note = note,
    };

    private async Task ClaimAsync(IReadOnlyList<string> attachmentIds, string itemId, CancellationToken cancellationToken)
    {
        if (attachmentIds.Count > 0)
        {
            await attachments.ClaimAsync(attachmentIds, itemId, cancellationToken);
        }
    }
}
