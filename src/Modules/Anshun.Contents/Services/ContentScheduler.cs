using Anshun.Contents.Data;
using Anshun.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Anshun.Contents.Services;

/// <summary>
/// Applies publish windows (定时发布/定时下线) that are due. Each item is claimed with a conditional
/// update inside its own transaction, so two nodes running at once never publish an item twice and
/// one failing item does not hold back the others.
/// </summary>
public sealed class ContentScheduler(
    ContentsDbContext db,
    IDataSession session,
    ContentWriter writer,
    TimeProvider time,
    ILogger<ContentScheduler> logger)
{
    public async Task<int> ApplyAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;

        // Read without a transaction first: on SQLite a transaction takes the write lock, which an
        // idle run every half minute has no business holding.
        var due = await db.Items.AsNoTracking()
            .Where(i => !i.IsDeleted
                && ((i.ScheduledPublishUtc != null && i.ScheduledPublishUtc <= now)
                    || (i.ScheduledUnpublishUtc != null && i.ScheduledUnpublishUtc <= now)))
            .Select(i => i.Id)
            .ToListAsync(cancellationToken);

        var changed = 0;
        foreach (var id in due)
        {
            try
            {
                changed += await ApplyOneAsync(id, now, cancellationToken) ? 1 : 0;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Applying the publish window of content item {ContentItemId} failed.", id);
            }
        }

        return changed;
    }

    private async Task<bool> ApplyOneAsync(string id, DateTime now, CancellationToken cancellationToken)
    {
        await using var transaction = await session.BeginTransactionAsync(cancellationToken);
        var item = await db.Items.FirstOrDefaultAsync(i => i.Id == id && !i.IsDeleted, cancellationToken);
        if (item is null)
        {
            return false;
        }

        var changed = false;
        if (item.ScheduledPublishUtc is { } publishAt && publishAt <= now && await ClaimPublishAsync(id, publishAt, cancellationToken))
        {
            item.ScheduledPublishUtc = null;
            await writer.PublishAsync(item, null, publishAt, cancellationToken);
            changed = true;
        }

        if (item.ScheduledUnpublishUtc is { } unpublishAt && unpublishAt <= now && await ClaimUnpublishAsync(id, unpublishAt, cancellationToken))
        {
            item.ScheduledUnpublishUtc = null;
            if (item.IsPublished)
            {
                await writer.UnpublishAsync(item, null, cancellationToken);
            }
            else
            {
                await db.SaveChangesAsync(cancellationToken);
            }

            changed = true;
        }

        await transaction.CommitAsync(cancellationToken);
        return changed;
    }

    private async Task<bool> ClaimPublishAsync(string id, DateTime at, CancellationToken cancellationToken) =>
        await db.Items.Where(i => i.Id == id && i.ScheduledPublishUtc == at)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.ScheduledPublishUtc, (DateTime?)null), cancellationToken) == 1;

    private async Task<bool> ClaimUnpublishAsync(string id, DateTime at, CancellationToken cancellationToken) =>
        await db.Items.Where(i => i.Id == id && i.ScheduledUnpublishUtc == at)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.ScheduledUnpublishUtc, (DateTime?)null), cancellationToken) == 1;
}
