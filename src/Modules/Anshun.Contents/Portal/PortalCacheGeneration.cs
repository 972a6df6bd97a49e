using Anshun.Core.Settings;

namespace Anshun.Contents.Portal;

/// <summary>
/// The generation of the portal's shared caches (lists and widgets): every cache key contains it,
/// so raising it retires every cached list at once. This node raises it as soon as it publishes;
/// other nodes notice through <see cref="PortalCacheStamp"/>, which each node reads at most once per
/// <see cref="CheckInterval"/> on the next portal request — a change made elsewhere shows within
/// about a second, and the check costs one primary-key read per second per node. The check also
/// heals the one race left locally: a list cached between the raise and the commit of the publish.
/// </summary>
public sealed class PortalCacheGeneration(TimeProvider time)
{
    public static readonly TimeSpan CheckInterval = TimeSpan.FromSeconds(1);

    private readonly SemaphoreSlim _checking = new(1, 1);
    private long _generation;
    private long _nextCheckTicks;
    private string? _lastStamp;

    public long Current => Interlocked.Read(ref _generation);

    /// <summary>Retires every cached list on this node.</summary>
    public void Raise() => Interlocked.Increment(ref _generation);

    /// <summary>The generation, after checking the shared stamp if the last check is older than a second.</summary>
    public async Task<long> GetAsync(ISiteSettings settings, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow().UtcTicks;
        if (now < Interlocked.Read(ref _nextCheckTicks) || !_checking.Wait(0))
        {
            return Current;
        }

        try
        {
            var stamp = await settings.GetAsync<PortalCacheStamp>(PortalCacheStamp.Key, cancellationToken);
            if (_lastStamp is not null && !string.Equals(stamp.Value, _lastStamp, StringComparison.Ordinal))
            {
                Raise();
            }

            _lastStamp = stamp.Value;
            Interlocked.Exchange(ref _nextCheckTicks, now + CheckInterval.Ticks);
        }
        finally
        {
            _checking.Release();
        }

        return Current;
    }
}
