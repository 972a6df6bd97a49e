using Microsoft.Extensions.Caching.Memory;

namespace Anshun.PortalTheme.Services;

/// <summary>
/// Rendered home pages per person and browser (singleton), under a key that spells out everything the
/// page shows (<see cref="HomePageKeys"/>): a changed input makes a new key, so an entry is never stale,
/// only unused — and unused entries leave after <see cref="SlidingLifetime"/> or when the cache is full.
/// Its own bounded cache: pages are tens of kilobytes each, and the shared memory cache has no size limit.
/// </summary>
public sealed class HomePageCache : IDisposable
{
    /// <summary>About two thousand home pages of 30 KB.</summary>
    public const long SizeLimitBytes = 64L * 1024 * 1024;

    public static readonly TimeSpan SlidingLifetime = TimeSpan.FromMinutes(5);

    private readonly MemoryCache _pages = new(new MemoryCacheOptions { SizeLimit = SizeLimitBytes, CompactionPercentage = 0.25 });

    /// <summary>Pages held now (for the operator's view and tests).</summary>
    public int Count => _pages.Count;

    public CachedPage? Find(string key) => _pages.TryGetValue(key, out CachedPage? page) ? page : null;

    public void Store(string key, CachedPage page) =>
        _pages.Set(key, page, new MemoryCacheEntryOptions { Size = page.Body.Length + key.Length * 2, SlidingExpiration = SlidingLifetime });

    public void Dispose() => _pages.Dispose();
}
