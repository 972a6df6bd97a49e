using Anshun.Core.Modules;
using Anshun.Core.Security;
using Anshun.Core.Web;
using Anshun.Features.Models;
using Anshun.Features.Services;
using Anshun.Features.ViewModels;
using Microsoft.AspNetCore.Mvc;

namespace Anshun.Features.Controllers;

/// <summary>功能模块: lists modules and stores which are enabled; changes apply after a restart.</summary>
[Route("admin/modules")]
[RequirePermission(FeaturesPermissions.ManageFeatures)]
public sealed class ModuleAdminController(ModuleService modules, ModuleCatalog catalog, INotifier notifier) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var statuses = await modules.ListAsync(cancellationToken);
        ViewData["Title"] = "功能模块";
        return View(new ModuleListViewModel
        {
            Categories = statuses.GroupBy(m => m.Category).ToList(),
            Dependents = statuses.ToDictionary(m => m.Id, m => ModuleService.EnabledDependents(catalog, statuses, m.Id)),
        });
    }

    [HttpPost("{id}/enable")]
    public async Task<IActionResult> Enable(string id, CancellationToken cancellationToken) =>
        Report(await modules.EnableAsync(id, cancellationToken));

    /// <summary>Asks before disabling: the modules that depend on this one are disabled with it.</summary>
    [HttpGet("{id}/disable")]
    public async Task<IActionResult> Disable(string id, CancellationToken cancellationToken)
    {
        var module = await modules.FindAsync(id, cancellationToken);
        if (module is null)
        {
            return NotFound();
        }

        if (module.AlwaysEnabled)
        {
            notifier.Add(NotifyType.Error, $"模块“{module.Name}”是平台必需模块，不能停用。");
            return RedirectToAction(nameof(Index));
        }

        var statuses = await modules.ListAsync(cancellationToken);
        ViewData["Title"] = "停用模块";
        return View(new ModuleDisableViewModel(module, ModuleService.EnabledDependents(catalog, statuses, id)));
    }

    [HttpPost("{id}/disable")]
    [ActionName(nameof(Disable))]
    public async Task<IActionResult> DisableConfirmed(string id, CancellationToken cancellationToken) =>
        Report(await modules.DisableAsync(id, cancellationToken));

    private IActionResult Report(ModuleChangeResult result)
    {
        switch (result.Outcome)
        {
            case ModuleChangeOutcome.NotFound:
                return NotFound();
            case ModuleChangeOutcome.Refused:
                notifier.Add(NotifyType.Error, result.Message);
                break;
            case ModuleChangeOutcome.Unchanged:
                notifier.Add(NotifyType.Info, result.Message);
                break;
            default:
                notifier.Add(NotifyType.Success, result.Message);
                break;
        }

        return RedirectToAction(nameof(Index));
    }
}
