using System.Text.Json.Nodes;
using Anshun.Contents.Models;
using Anshun.Contents.Services;
using Anshun.Contents.ViewModels;
using Microsoft.AspNetCore.Mvc;

namespace Anshun.Contents.Portal;

/// <summary>
/// The body of a section's home widget: its newest items (pinned first for 电子公告), unread ones
/// marked. The items come from the shared cache; only the unread marks are read per user.
/// </summary>
public sealed class ContentSectionWidgetViewComponent(
    ISectionStore sections,
    ISectionAuthorizer authorizer,
    PortalListReader lists,
    PortalListCache cache,
    PortalListItemBuilder builder,
    IContentManager contents) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(string code)
    {
        var cancellationToken = HttpContext.RequestAborted;
        var home = PortalHomeSections.Find(code);
        var section = await sections.FindAsync(code, cancellationToken);
        var access = await authorizer.GetAccessAsync(UserClaimsPrincipal, cancellationToken);
        if (home is null || section is null || !section.IsEnabled || !access.CanRead(section.Id))
        {
            return Content(string.Empty);
        }

        var query = new ContentListQuery { Section = section.Id, PinnedFirst = home.PinnedFirst, PageSize = home.Count };
        var key = await lists.KeyAsync("widget", access, code, cancellationToken);
        var data = await cache.GetOrCreateAsync(key, async () =>
        {
            var page = await lists.ListAsync(access, query, CancellationToken.None);
            var versions = home.ShowVersion ? await ReadVersionsAsync(page.Items) : new Dictionary<string, string>();
            return new PortalWidgetData(page.Items, versions);
        });

        var items = await builder.BuildAsync(UserClaimsPrincipal, data.Items, data.Versions, cancellationToken);
        return View(new PortalWidgetViewModel(section.Name, items, home.ShowUnit, home.ShowVersion));
    }

    private async Task<IReadOnlyDictionary<string, string>> ReadVersionsAsync(IReadOnlyList<ContentSummary> items)
    {
        var versions = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            // Every item of the list is readable by this reader (the list was trimmed by the same access).
            var view = await contents.GetAsync(UserClaimsPrincipal, item.ContentItemId, ContentVersionOption.Published, CancellationToken.None);
            if (view?.Fields.GetValueOrDefault("Version") is JsonValue value && value.TryGetValue<string>(out var version) && version.Length > 0)
            {
                versions[item.ContentItemId] = version;
            }
        }

        return versions;
    }
}
