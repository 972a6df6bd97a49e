using Anshun.AdminTheme.Services;
using Anshun.AdminTheme.ViewModels;
using Anshun.Core.Navigation;
using Microsoft.AspNetCore.Mvc;

namespace Anshun.PortalTheme.ViewComponents;

/// <summary>The portal's main navigation (门户导航), trimmed by permission.</summary>
public sealed class PortalMenuViewComponent(INavigationManager navigation) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var items = await navigation.BuildMenuAsync(MenuNames.Portal, UserClaimsPrincipal);
        return View(new MenuViewModel(items, MenuMatcher.FindActiveUrl(items, HttpContext.Request.Path)));
    }
}
