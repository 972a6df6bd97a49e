using Anshun.Core.Time;
using Anshun.PortalTheme.Services;
using Anshun.PortalTheme.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Anshun.PortalTheme.Controllers;

/// <summary>门户首页: every signed-in member of staff starts here.</summary>
[Authorize]
public sealed class PortalHomeController(
    StaffProfileReader profiles,
    HomeWidgetCollector widgets,
    TimeProvider time) : Controller
{
    [HttpGet("/")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var profile = await profiles.GetAsync(User, cancellationToken);
        var today = ChinaTime.FromUtc(time.GetUtcNow().UtcDateTime);
        return View(new PortalHomeViewModel(profile, today, await widgets.CollectAsync(User, cancellationToken)));
    }
}
