using Microsoft.Extensions.Caching.Memory;

namespace Anshun.Contents.Portal;

/// <summary>
/// Shared results of the portal (lists, widget contents) by key. Keys carry the
/// generation of <see cref="PortalContentEvents.Topic"/> and the readers' <c>SectionAccess.Fingerprint</c>, so a
/// publish retires them and people who may read different sections never share one. Concurrent
/// requests for a missing key wait for one computation instead of each running the query. Entries
/// also expire after <see cref="Lifetime"/>, which bounds how stale read counts shown in lists get.
/// </summary>
public sealed class PortalListCache(IMemoryCache cache)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(60);

    public async Task<T> GetOrCreateAsync<T>(string key, Func<Task<T>> create, TimeSpan? lifetime = null)
    {
        var entry = cache.GetOrCreate(key, e =>
        {
            e.AbsoluteExpirationRelativeToNow = lifetime ?? Lifetime;
            return new Lazy<Task<T>>(create, LazyThreadSafetyMode.ExecutionAndPublication);
        })!;

        try
        {
            return await entry.Value;
        }
        catch
        {
            // A failed computation must not be served to the next reader.
            cache.Remove(key);
            throw;
        }
    }

    public void Remove(string key) => cache.Remove(key);
}
