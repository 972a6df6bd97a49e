using System.Security.Claims;
using System.Text.Json.Nodes;
using Anshun.Contents.Models;
using Anshun.Contents.Services;
using Anshun.Core.Data;

namespace Anshun.Contents.Portal;

/// <summary>
/// The items of a section's home widget, shared by everyone with the same readable sections: the newest
/// items (pinned first for 电子公告) and, for 软件下载, their versions — computed once per publish.
/// </summary>
public sealed class PortalWidgetReader(PortalListReader lists, PortalListCache cache, Deferred<IContentManager> contents)
{
    /// <summary>The widget's data and the cache key it lives under (the key names everything it depends on).</summary>
    public async Task<(PortalWidgetData Data, string Key)> ReadAsync(
        ClaimsPrincipal user,
        SectionAccess access,
        PortalHomeSection home,
        SectionInfo section,
        CancellationToken cancellationToken = default)
    {
        var query = new ContentListQuery { Section = section.Id, PinnedFirst = home.PinnedFirst, PageSize = home.Count };
        var key = await lists.KeyAsync("widget", access, home.Code, cancellationToken);
        var data = await cache.GetOrCreateAsync(key, async () =>
        {
            // Shared by concurrent readers, so one reader leaving must not cancel it.
            var page = await lists.ListAsync(access, query, CancellationToken.None);
            var versions = home.ShowVersion ? await ReadVersionsAsync(user, page.Items) : new Dictionary<string, string>();
            return new PortalWidgetData(page.Items, versions);
        });
        return (data, key);
    }

    private async Task<IReadOnlyDictionary<string, string>> ReadVersionsAsync(ClaimsPrincipal user, IReadOnlyList<ContentSummary> items)
    {
        var versions = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            // Every item of the list is readable by this reader (the list was trimmed by the same access).
            var view = await contents.Value.GetAsync(user, item.ContentItemId, ContentVersionOption.Published, CancellationToken.None);
            if (view?.Fields.GetValueOrDefault("Version") is JsonValue value && value.TryGetValue<string>(out var version) && version.Length > 0)
            {
                versions[item.ContentItemId] = version;
            }
        }

        return versions;
    }
}
