using Anshun.Core.Security;
using Anshun.Core.Users;
using Anshun.Core.Web;
using Anshun.Organization.Models;
using Anshun.Organization.Services;
using Anshun.Organization.ViewModels;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace Anshun.Organization.Controllers;

/// <summary>组织机构管理: the unit tree, unit details and members, and changes to the tree.</summary>
[Route("admin/org")]
[RequirePermission(OrganizationPermissions.Manage)]
public sealed class OrgAdminController(
    OrgUnitQuery query,
    OrgUnitManager manager,
    OrgMemberQuery members,
    INotifier notifier) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? unit, bool showInactive, CancellationToken cancellationToken)
    {
        var units = await query.ListAsync(showInactive, cancellationToken);
        var selected = await query.FindAsync(unit, cancellationToken) ?? units.FirstOrDefault();
        if (selected is not null && !units.Any(u => u.Id == selected.Id))
        {
            // A deactivated unit asked for by link: show the tree with deactivated units so it can be seen.
            return RedirectToAction(nameof(Index), new { unit = selected.Id, showInactive = true });
        }

        var ancestorIds = selected?.Path.Split('/').SkipLast(1).ToHashSet() ?? [];
        SetBreadcrumbs(withLink: false);
        ViewData["Title"] = "组织机构";
        return View(new OrgIndexViewModel
        {
            Units = units,
            ChildrenByParent = units.Where(u => u.ParentId is not null).ToLookup(u => u.ParentId!),
            Selected = selected,
            SelectedAncestors = units.Where(u => ancestorIds.Contains(u.Id)).ToList(),
            Members = selected is null ? [] : await members.GetMembersAsync(selected.Id, cancellationToken),
            UserNamesAvailable = HttpContext.RequestServices.GetService<IUserDirectory>() is not null,
            ShowInactive = showInactive,
        });
    }

    [HttpGet("create")]
    public async Task<IActionResult> Create(string? parentId, CancellationToken cancellationToken)
    {
        var parent = await query.FindAsync(parentId, cancellationToken);
        return EditView(new OrgUnitEditViewModel
        {
            ParentId = parent?.Id,
            ParentName = parent?.Name,
            Kind = parent is null ? null : DefaultChildKind(parent).ToString(),
        });
    }

    [HttpPost("create")]
    public async Task<IActionResult> Create(OrgUnitEditViewModel model, CancellationToken cancellationToken)
    {
        model.Id = null;
        try
        {
            var unit = await manager.CreateAsync(model.ToInput(), cancellationToken);
            notifier.Add(NotifyType.Success, $"已新建单位“{unit.Name}”。");
            return RedirectToAction(nameof(Index), new { unit = unit.Id });
        }
        catch (OrgValidationException ex)
        {
            AddErrors(ex);
            model.ParentName = (await query.FindAsync(model.ParentId, cancellationToken))?.Name;
            return EditView(model);
        }
    }

    [HttpGet("{id}/edit")]
    public async Task<IActionResult> Edit(string id, CancellationToken cancellationToken)
    {
        var unit = await query.FindAsync(id, cancellationToken);
        if (unit is null)
        {
            return NotFound();
        }

        return EditView(OrgUnitEditViewModel.From(unit, await query.FindAsync(unit.ParentId, cancellationToken)));
    }

    [HttpPost("{id}/edit")]
    public async Task<IActionResult> Edit(string id, OrgUnitEditViewModel model, CancellationToken cancellationToken)
    {
        var unit = await query.FindAsync(id, cancellationToken);
        if (unit is null)
        {
            return NotFound();
        }

        model.Id = unit.Id;
        try
        {
            await manager.UpdateAsync(unit.Id, model.ToInput(), cancellationToken);
            notifier.Add(NotifyType.Success, "单位信息已保存。");
            return RedirectToAction(nameof(Index), new { unit = unit.Id });
        }
        catch (OrgValidationException ex)
        {
            AddErrors(ex);
            model.ParentId = unit.ParentId;
            model.ParentName = (await query.FindAsync(unit.ParentId, cancellationToken))?.Name;
            return EditView(model);
        }
    }

    [HttpGet("{id}/move")]
    public async Task<IActionResult> Move(string id, CancellationToken cancellationToken)
    {
        var unit = await query.FindAsync(id, cancellationToken);
        return unit is null ? NotFound() : await MoveViewAsync(unit, unit.ParentId, cancellationToken);
    }

    [HttpPost("{id}/move")]
    public async Task<IActionResult> Move(string id, string? parentId, CancellationToken cancellationToken)
    {
        var unit = await query.FindAsync(id, cancellationToken);
        if (unit is null)
        {
            return NotFound();
        }

        try
        {
            var moved = await manager.MoveAsync(unit.Id, parentId, cancellationToken);
            notifier.Add(NotifyType.Success, $"已移动单位“{moved.Name}”。");
            return RedirectToAction(nameof(Index), new { unit = unit.Id });
        }
        catch (OrgValidationException ex)
        {
            AddErrors(ex);
            return await MoveViewAsync(unit, parentId, cancellationToken);
        }
    }

    [HttpPost("{id}/deactivate")]
    public Task<IActionResult> Deactivate(string id, CancellationToken cancellationToken) =>
        ChangeAsync(id, () => manager.DeactivateAsync(id, cancellationToken), u => $"已停用单位“{u.Name}”。");

    [HttpPost("{id}/activate")]
    public Task<IActionResult> Activate(string id, CancellationToken cancellationToken) =>
        ChangeAsync(id, () => manager.ActivateAsync(id, cancellationToken), u => $"已启用单位“{u.Name}”。");

    [HttpPost("{id}/up")]
    public Task<IActionResult> Up(string id, CancellationToken cancellationToken) =>
        ChangeAsync(id, async () => await manager.SetPositionAsync(id, await PositionAsync(id, cancellationToken) - 1, cancellationToken), _ => "排序已调整。");

    [HttpPost("{id}/down")]
    public Task<IActionResult> Down(string id, CancellationToken cancellationToken) =>
        ChangeAsync(id, async () => await manager.SetPositionAsync(id, await PositionAsync(id, cancellationToken) + 1, cancellationToken), _ => "排序已调整。");

    private async Task<IActionResult> ChangeAsync(string id, Func<Task<OrgUnit>> change, Func<OrgUnit, string> success)
    {
        try
        {
            var unit = await change();
            notifier.Add(NotifyType.Success, success(unit));
            return RedirectToAction(nameof(Index), new { unit = unit.Id, showInactive = !unit.IsActive ? true : (bool?)null });
        }
        catch (OrgValidationException ex)
        {
            notifier.Add(NotifyType.Error, ex.Message);
            return RedirectToAction(nameof(Index), new { unit = id });
        }
        catch (OrgUnitNotFoundException)
        {
            return NotFound();
        }
    }

    /// <summary>The unit's current 1-based place among its siblings, as the tree shows them.</summary>
    private async Task<int> PositionAsync(string id, CancellationToken cancellationToken)
    {
        var unit = await query.FindAsync(id, cancellationToken) ?? throw new OrgUnitNotFoundException(id);
        var siblings = (await query.ListAsync(includeInactive: true, cancellationToken)).Where(u => u.ParentId == unit.ParentId).ToList();
        return siblings.FindIndex(u => u.Id == unit.Id) + 1;
    }

    private async Task<IActionResult> MoveViewAsync(OrgUnit unit, string? selectedParentId, CancellationToken cancellationToken)
    {
        var targets = (await query.ListAsync(includeInactive: false, cancellationToken))
            .Where(u => !OrgUnitTree.IsSelfOrDescendant(u, unit))
            .ToList();
        SetBreadcrumbs(withLink: true);
        ViewData["Title"] = $"移动单位：{unit.Name}";
        return View("Move", new OrgMoveViewModel { Unit = unit, Targets = targets, ParentId = selectedParentId });
    }

    private ViewResult EditView(OrgUnitEditViewModel model)
    {
        SetBreadcrumbs(withLink: true);
        ViewData["Title"] = model.IsNew ? "新建单位" : $"编辑单位：{model.Name}";
        return View("Edit", model);
    }

    private void SetBreadcrumbs(bool withLink) =>
        ViewData[Breadcrumb.ViewDataKey] = withLink
            ? new[] { new Breadcrumb("系统管理"), new Breadcrumb("组织机构", "/admin/org") }
            : new[] { new Breadcrumb("系统管理") };

    private void AddErrors(OrgValidationException ex)
    {
        foreach (var error in ex.Errors)
        {
            var key = error.Field.Length == 0 ? "" : char.ToUpperInvariant(error.Field[0]) + error.Field[1..];
            ModelState.AddModelError(key, error.Message);
        }
    }

    private static Core.Organization.OrgUnitKind DefaultChildKind(OrgUnit parent) => parent.Kind switch
    {
        Core.Organization.OrgUnitKind.County => Core.Organization.OrgUnitKind.Township,
        Core.Organization.OrgUnitKind.Office when parent.ParentId is null => Core.Organization.OrgUnitKind.Department,
        _ => Core.Organization.OrgUnitKind.Division,
    };
}
