using System.Security.Claims;
using Anshun.Core.Time;
using Anshun.Core.Web;
using Anshun.PortalTheme.Models;
using Anshun.PortalTheme.Services;
using Anshun.PortalTheme.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Anshun.PortalTheme.Controllers;

/// <summary>门户首页: every signed-in member of staff starts here, and arranges it (定制首页).</summary>
[Authorize]
public sealed class PortalHomeController(
    StaffProfileReader profiles,
    HomePageArrangement arrangement,
    WidgetPreferenceStore preferences,
    HomePageKeys pageKeys,
    HomePageCache pages,
    INotifier notifier,
    TimeProvider time) : Controller
{
    /// <summary>
    /// The home page. Everything it shows is cheap to gather (each source keeps its own cache); rendering
    /// it is not, so the rendered page is reused while its key — all it shows — stays the same.
    /// </summary>
    [HttpGet("/")]
    public async Task<IActionResult> Index()
    {
        // Read directly: with no action parameters MVC skips model binding, a noticeable share of a cached page's cost.
        var customize = bool.TryParse(Request.Query["customize"], out var open) && open;
        var cancellationToken = HttpContext.RequestAborted;
        var profile = await profiles.GetAsync(User, cancellationToken);
        var today = ChinaTime.FromUtc(time.GetUtcNow().UtcDateTime);
        var widgets = await arrangement.GetAsync(User, cancellationToken);
        var model = new PortalHomeViewModel(profile, today, widgets, customize);
        // A personal page: never kept by a browser or proxy (shared office computers).
        Response.Headers.CacheControl = "no-cache, no-store";
        Response.Headers.Pragma = "no-cache";
        var key = customize || notifier.HasPending ? null : await pageKeys.BuildAsync(model, cancellationToken);
        if (key is null)
        {
            return View(model);
        }

        return pages.Find(key) is { } page
            ? new CachedPageResult(page)
            : new PageCapturingResult(View(model), captured => pages.Store(key, captured));
    }

    /// <summary>
    /// The 定制首页 form: <c>order</c> lists the widgets as shown, <c>visible</c> the checked ones,
    /// and the pressed button says what to do (<c>save</c>, <c>reset</c>, <c>up:id</c>, <c>down:id</c>).
    /// Only widgets offered to the user count; choices for others stay stored.
    /// </summary>
    [HttpPost("/portal/widgets")]
    public async Task<IActionResult> Arrange(string[] order, string[] visible, string? command, CancellationToken cancellationToken)
    {
        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier);
        if (string.IsNullOrEmpty(userId))
        {
            return Forbid();
        }

        if (command == "reset")
        {
            await preferences.ResetAsync(userId, cancellationToken);
            notifier.Add(NotifyType.Success, "首页已恢复默认布局。");
            return Redirect("/");
        }

        var offered = (await arrangement.GetAsync(User, cancellationToken)).Select(w => w.Widget.Id).ToHashSet(StringComparer.Ordinal);
        var shown = visible.ToHashSet(StringComparer.Ordinal);
        var choices = order
            .Where(offered.Contains)
            .Distinct(StringComparer.Ordinal)
            .Select(id => new WidgetChoice(id, shown.Contains(id)))
            .ToList();

        var moved = WidgetMove.Apply(choices, command);
        await preferences.SaveAsync(userId, choices, cancellationToken);
        if (moved is not null)
        {
            return Redirect("/?customize=true#" + WidgetMove.AnchorOf(moved));
        }

        notifier.Add(NotifyType.Success, "首页设置已保存。");
        return Redirect("/");
    }
}
