using Anshun.Core.Contents;
using Anshun.Core.Search;

namespace Anshun.Contents.Search;

/// <summary>
/// Tells the search index to look at an item again when what readers may find changes (发布, 撤销发布,
/// 删除). The task is written inside the change's transaction, so a rolled-back publish leaves no task.
/// </summary>
public sealed class ContentSearchEvents(ISearchIndexQueue queue) : IContentEventHandler
{
    public Task PublishedAsync(ContentEventContext context, CancellationToken cancellationToken) => EnqueueAsync(context, cancellationToken);

    public Task UnpublishedAsync(ContentEventContext context, CancellationToken cancellationToken) => EnqueueAsync(context, cancellationToken);

    public Task RemovedAsync(ContentEventContext context, CancellationToken cancellationToken) => EnqueueAsync(context, cancellationToken);

    private Task EnqueueAsync(ContentEventContext context, CancellationToken cancellationToken) =>
        queue.EnqueueAsync(ContentSearchSource.SourceName, context.ContentItemId, cancellationToken);
}
