using System.Globalization;
using System.Security.Claims;
using Anshun.Contents.Models;
using Anshun.Contents.Services;
using Anshun.Core.Caching;
using Anshun.Core.Data;
using Microsoft.Extensions.Caching.Memory;

namespace Anshun.Contents.Portal;

/// <summary>
/// The per-user part of portal pages: which of the few items shown are unread (one query for their
/// ids) and the unread count of a tracked type. Both are cached per user until the content changes,
/// the user opens an item on this node, or <see cref="UnreadCountLifetime"/> passes (which bounds how
/// long a read on another node takes to show here).
/// </summary>
public sealed class PortalReadMarks(
    Deferred<IReadTracker> tracker,
    IContentDefinitionStore definitions,
    IChangeSignals signals,
    IMemoryCache cache)
{
    public static readonly TimeSpan UnreadCountLifetime = TimeSpan.FromSeconds(30);

    /// <summary>Ids of the given items the user has not read, among those whose type tracks reading.</summary>
    public async Task<IReadOnlySet<string>> GetUnreadAsync(string? userId, IEnumerable<ContentSummary> items, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(userId))
        {
            return new HashSet<string>();
        }

        var tracked = new List<string>();
        var typeTracks = new Dictionary<string, bool>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in items)
        {
            if (!typeTracks.TryGetValue(item.ContentType, out var tracks))
            {
                tracks = typeTracks[item.ContentType] = await TracksReadingAsync(item.ContentType, cancellationToken);
            }

            if (tracks)
            {
                tracked.Add(item.ContentItemId);
            }
        }

        if (tracked.Count == 0)
        {
            return new HashSet<string>();
        }

        // Kept like the unread count: until the content changes, the user opens an item here, or the lifetime passes.
        var current = await signals.GetGenerationAsync(PortalContentEvents.Topic, cancellationToken);
        var key = string.Create(CultureInfo.InvariantCulture, $"portal|unreadset|{current}|{ReadStamp(userId)}|{userId}|{string.Join(',', tracked)}");
        if (cache.TryGetValue(key, out IReadOnlySet<string>? unread) && unread is not null)
        {
            return unread;
        }

        var read = await tracker.Value.GetReadAsync(userId, tracked, cancellationToken);
        unread = tracked.Where(id => !read.Contains(id)).ToHashSet(StringComparer.Ordinal);
        cache.Set(key, unread, UnreadCountLifetime);
        return unread;
    }

    /// <summary>Unread items of a tracked type in a section (with its sub-sections): the count beside a widget's title.</summary>
    public async Task<int> CountUnreadAsync(ClaimsPrincipal user, string contentType, string section, CancellationToken cancellationToken = default)
    {
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        if (string.IsNullOrEmpty(userId))
        {
            return 0;
        }

        var current = await signals.GetGenerationAsync(PortalContentEvents.Topic, cancellationToken);
        var key = string.Create(CultureInfo.InvariantCulture, $"portal|unread|{current}|{ReadStamp(userId)}|{userId}|{contentType}|{section}");
        if (cache.TryGetValue(key, out int count))
        {
            return count;
        }

        count = await tracker.Value.CountUnreadAsync(user, contentType, section, cancellationToken);
        cache.Set(key, count, UnreadCountLifetime);
        return count;
    }

    /// <summary>Records that the user opened the item; true when this was the first time.</summary>
    public async Task<bool> MarkReadAsync(string userId, string contentItemId, CancellationToken cancellationToken = default)
    {
        var before = await tracker.Value.GetReadAsync(userId, [contentItemId], cancellationToken);
        if (before.Contains(contentItemId))
        {
            return false;
        }

        await tracker.Value.MarkReadAsync(userId, contentItemId, cancellationToken);
        cache.Set(ReadStampKey(userId), ReadStamp(userId) + 1, TimeSpan.FromHours(1));
        return true;
    }

    public async Task<bool> TracksReadingAsync(string contentType, CancellationToken cancellationToken = default) =>
        (await definitions.GetTypeAsync(contentType, cancellationToken))?.Has(ContentParts.ReadTracking) == true;

    private long ReadStamp(string userId) => cache.TryGetValue(ReadStampKey(userId), out long stamp) ? stamp : 0;

    private static string ReadStampKey(string userId) => "portal|readstamp|" + userId;
}
