namespace Anshun.PortalTheme.Services;

/// <summary>A rendered page kept by <see cref="HomePageCache"/>: its bytes and the response headers to send again with them.</summary>
/// <param name="Headers">Content type and caching headers the first rendering set (never cookies).</param>
public sealed record CachedPage(byte[] Body, IReadOnlyList<KeyValuePair<string, string>> Headers);
