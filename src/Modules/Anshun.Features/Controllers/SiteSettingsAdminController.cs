using Anshun.Core.Security;
using Anshun.Core.Web;
using Anshun.Features.Services;
using Anshun.Features.ViewModels;
using Microsoft.AspNetCore.Mvc;

namespace Anshun.Features.Controllers;

/// <summary>站点设置: the site's name, short name and copyright line.</summary>
[Route("admin/settings")]
[RequirePermission(FeaturesPermissions.ManageSettings)]
public sealed class SiteSettingsAdminController(SiteInfoService sites, INotifier notifier) : Controller
{
    private static readonly Dictionary<string, string> _formFields = new()
    {
        [SiteInfoValidator.SiteNameField] = nameof(SiteSettingsViewModel.SiteName),
        [SiteInfoValidator.ShortNameField] = nameof(SiteSettingsViewModel.ShortName),
        [SiteInfoValidator.CopyrightField] = nameof(SiteSettingsViewModel.Copyright),
    };

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        ViewData["Title"] = "站点设置";
        return View(SiteSettingsViewModel.From(await sites.GetAsync(cancellationToken)));
    }

    [HttpPost("")]
    public async Task<IActionResult> Index(SiteSettingsViewModel model, CancellationToken cancellationToken)
    {
        var errors = await sites.SaveAsync(model.ToSiteInfo(), cancellationToken);
        if (errors.Count == 0)
        {
            notifier.Add(NotifyType.Success, "站点设置已保存。");
            return RedirectToAction(nameof(Index));
        }

        ModelState.Clear();
        foreach (var (field, messages) in errors)
        {
            foreach (var message in messages)
            {
                ModelState.AddModelError(_formFields.GetValueOrDefault(field, field), message);
            }
        }

        ViewData["Title"] = "站点设置";
        return View(model);
    }
}
