using System.Globalization;
using Anshun.Contents.Models;
using Anshun.Contents.Services;
using Anshun.Core.Caching;

namespace Anshun.Contents.Portal;

/// <summary>
/// Published lists for the portal, shared by everyone with the same readable sections: the list
/// is computed once per (query, access fingerprint, cache generation) and served from memory after.
/// </summary>
public sealed class PortalListReader(
    IContentQuery query,
    IChangeSignals signals,
    PortalListCache cache)
{
    public async Task<ContentPage<ContentSummary>> ListAsync(SectionAccess access, ContentListQuery list, CancellationToken cancellationToken = default)
    {
        var key = await KeyAsync("list", access, Describe(list), cancellationToken);
        // The computation is shared by concurrent readers, so one reader leaving must not cancel it.
        return await cache.GetOrCreateAsync(key, () => query.ListPublishedAsync(access, list, CancellationToken.None));
    }

    /// <summary>A key for other shared data of the portal (widget contents) under the same rules.</summary>
    public async Task<string> KeyAsync(string kind, SectionAccess access, string what, CancellationToken cancellationToken = default)
    {
        var current = await signals.GetGenerationAsync(PortalContentEvents.Topic, cancellationToken);
        return string.Create(CultureInfo.InvariantCulture, $"portal|{kind}|{current}|{access.Fingerprint}|{what}");
    }

    /// <summary>The part of a cache key that names a list query.</summary>
    public static string Describe(ContentListQuery list) => string.Join(
        '|',
        list.ContentType,
        list.Section,
        list.IncludeSubSections,
        list.IssuingUnitId,
        list.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        list.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        list.PinnedFirst,
        list.Page.ToString(CultureInfo.InvariantCulture),
        list.PageSize.ToString(CultureInfo.InvariantCulture));
}
