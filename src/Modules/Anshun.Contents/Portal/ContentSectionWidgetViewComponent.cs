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
    PortalWidgetReader widgets,
    PortalListItemBuilder builder) : ViewComponent
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

        var (data, _) = await widgets.ReadAsync(UserClaimsPrincipal, access, home, section, cancellationToken);
        var items = await builder.BuildAsync(UserClaimsPrincipal, data.Items, data.Versions, cancellationToken);
        return View(new PortalWidgetViewModel(section.Name, items, home.ShowUnit, home.ShowVersion));
    }
}
