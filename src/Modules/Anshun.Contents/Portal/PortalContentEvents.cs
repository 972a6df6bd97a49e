using Anshun.Core.Contents;
using Anshun.Core.Settings;

namespace Anshun.Contents.Portal;

/// <summary>
/// Retires the portal's cached lists when what readers see changes (发布, 撤销发布, 删除): at once
/// on this node, and through a new <see cref="PortalCacheStamp"/> (written in the same transaction)
/// on the others.
/// </summary>
public sealed class PortalContentEvents(PortalCacheGeneration generation, ISiteSettings settings) : IContentEventHandler
{
    public Task PublishedAsync(ContentEventContext context, CancellationToken cancellationToken) => ChangedAsync(cancellationToken);

    public Task UnpublishedAsync(ContentEventContext context, CancellationToken cancellationToken) => ChangedAsync(cancellationToken);

    public Task RemovedAsync(ContentEventContext context, CancellationToken cancellationToken) => ChangedAsync(cancellationToken);

    private async Task ChangedAsync(CancellationToken cancellationToken)
    {
        generation.Raise();
        await settings.SetAsync(PortalCacheStamp.Key, new PortalCacheStamp { Value = Guid.NewGuid().ToString("N") }, cancellationToken);
    }
}
