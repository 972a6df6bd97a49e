using Anshun.PortalTheme.Services;
using Microsoft.AspNetCore.Mvc;

namespace Anshun.PortalTheme.ViewComponents;

/// <summary>我的信息: user name, units and positions, roles, last sign-in.</summary>
public sealed class MyInfoWidgetViewComponent(StaffProfileReader profiles) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var profile = await profiles.GetAsync(UserClaimsPrincipal, HttpContext.RequestAborted);
        return View(profile);
    }
}
