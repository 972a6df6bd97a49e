namespace Anshun.Core.Contents;

/// <summary>
/// Reacts to content changes (search indexing, workflows, cache invalidation) without the CMS
/// knowing who listens. "…ing" handlers run inside the change's transaction before it is saved
/// and may throw to refuse it; "…ed" handlers run inside the same transaction after it is saved,
/// so a failure rolls the whole change back. Register with
/// <c>services.AddScoped&lt;IContentEventHandler, X&gt;()</c>; override only what you need.
/// </summary>
public interface IContentEventHandler
{
    Task CreatingAsync(ContentEventContext context, CancellationToken cancellationToken) => Task.CompletedTask;

    Task CreatedAsync(ContentEventContext context, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>A new version was saved (draft edit or restore of an old version).</summary>
    Task UpdatedAsync(ContentEventContext context, CancellationToken cancellationToken) => Task.CompletedTask;

    Task PublishingAsync(ContentEventContext context, CancellationToken cancellationToken) => Task.CompletedTask;

    Task PublishedAsync(ContentEventContext context, CancellationToken cancellationToken) => Task.CompletedTask;

    Task UnpublishedAsync(ContentEventContext context, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Soft-deleted (移入回收站); the item no longer appears anywhere.</summary>
    Task RemovedAsync(ContentEventContext context, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Submitted for review (提交审核).</summary>
    Task SubmittedAsync(ContentEventContext context, CancellationToken cancellationToken) => Task.CompletedTask;
}
