using Anshun.AdminTheme.Services;
using Anshun.AdminTheme.ViewModels;
using Anshun.Core.Navigation;
using Microsoft.AspNetCore.Mvc;

namespace Anshun.AdminTheme.ViewComponents;

/// <summary>The admin sidebar (管理菜单), built from every module's navigation and trimmed by permission.</summary>
public sealed class AdminMenuViewComponent(INavigationManager navigation) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var items = await navigation.BuildMenuAsync(MenuNames.Admin, UserClaimsPrincipal);
        return View(new MenuViewModel(items, MenuMatcher.FindActiveUrl(items, HttpContext.Request.Path)));
    }
}
