using Anshun.AdminTheme.Services;
using Anshun.AdminTheme.ViewModels;
using Anshun.PortalTheme.Services;
using Microsoft.AspNetCore.Mvc;

namespace Anshun.PortalTheme.ViewComponents;

/// <summary>The portal's main navigation (门户导航), trimmed by permission (built once per request by <see cref="PortalFrame"/>).</summary>
public sealed class PortalMenuViewComponent(PortalFrame frame) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var items = (await frame.GetAsync(HttpContext.RequestAborted)).Menu;
        return View(new MenuViewModel(items, MenuMatcher.FindActiveUrl(items, HttpContext.Request.Path)));
    }
}
