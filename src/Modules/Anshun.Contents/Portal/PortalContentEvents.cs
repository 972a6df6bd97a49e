using Anshun.Core.Caching;
using Anshun.Core.Contents;

namespace Anshun.Contents.Portal;

/// <summary>
/// Retires the portal's shared lists when what readers see changes (发布, 撤销发布, 删除): signals
/// <see cref="Topic"/> inside the change's transaction — at once on this node, within a second on the others.
/// </summary>
public sealed class PortalContentEvents(IChangeSignals signals) : IContentEventHandler
{
    /// <summary>The change topic whose generation every portal cache key carries.</summary>
    public const string Topic = "contents.portal";

    public Task PublishedAsync(ContentEventContext context, CancellationToken cancellationToken) => ChangedAsync(cancellationToken);

    public Task UnpublishedAsync(ContentEventContext context, CancellationToken cancellationToken) => ChangedAsync(cancellationToken);

    public Task RemovedAsync(ContentEventContext context, CancellationToken cancellationToken) => ChangedAsync(cancellationToken);

    private Task ChangedAsync(CancellationToken cancellationToken) => signals.SignalAsync(Topic, cancellationToken);
}
