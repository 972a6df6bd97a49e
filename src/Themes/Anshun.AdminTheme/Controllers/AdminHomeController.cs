using System.Reflection;
using System.Runtime.InteropServices;
using Anshun.AdminTheme.Services;
using Anshun.AdminTheme.ViewModels;
using Anshun.Core.Data;
using Anshun.Core.Modules;
using Anshun.Core.Navigation;
using Anshun.Core.Security;
using Anshun.Core.Time;
using Microsoft.AspNetCore.Mvc;

namespace Anshun.AdminTheme.Controllers;

/// <summary>管理首页: what this user can manage, and the state of the system.</summary>
[RequirePermission(AdminPermissions.Access)]
[Route("admin")]
public sealed class AdminHomeController(
    INavigationManager navigation,
    ModuleCatalog catalog,
    DatabaseProvider database,
    SiteInfoProvider siteInfo,
    TimeProvider time) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var menu = await navigation.BuildMenuAsync(MenuNames.Admin, User);
        var site = await siteInfo.GetAsync(cancellationToken);
        var system = new SystemInfoViewModel(
            site.SiteName,
            PlatformVersion(),
            RuntimeInformation.FrameworkDescription,
            database.IsSqlite ? "SQLite" : "PostgreSQL",
            catalog.EnabledModules.Count,
            catalog.Modules.Count,
            ChinaTime.FromUtc(time.GetUtcNow().UtcDateTime));

        ViewData["Title"] = AdminNavigation.HomeText;
        return View(new AdminDashboardViewModel(
            User.DisplayName(),
            menu.Where(i => i.Children.Count > 0).ToList(),
            menu.Where(i => i.Children.Count == 0 && i.Url is not null && i.Url != "/admin").ToList(),
            system));
    }

    /// <summary>The kernel's informational version, without the source revision suffix.</summary>
    private static string PlatformVersion()
    {
        var version = typeof(ModuleCatalog).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? typeof(ModuleCatalog).Assembly.GetName().Version?.ToString()
            ?? "1.0.0";
        return version.Split('+')[0];
    }
}
