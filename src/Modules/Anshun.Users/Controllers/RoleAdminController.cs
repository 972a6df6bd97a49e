using Anshun.Core.Security;
using Anshun.Core.Web;
using Anshun.Users.Data;
using Anshun.Users.Models;
using Anshun.Users.Services;
using Anshun.Users.ViewModels;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Anshun.Users.Controllers;

/// <summary>角色权限 (系统管理员): list, create, edit permissions, delete unused non-built-in roles.</summary>
[RequirePermission(UsersPermissions.ManageRoles)]
[Route("admin/roles")]
public sealed class RoleAdminController(
    UsersDbContext db,
    RoleCatalog roles,
    RoleService roleService,
    IPermissionCatalog permissions,
    INotifier notifier) : Controller
{
    private static readonly Breadcrumb[] Crumbs = [new("系统管理"), new("角色权限", "/admin/roles")];

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var map = await roles.GetPermissionMapAsync(cancellationToken);
        var counts = await db.UserRoles.AsNoTracking().GroupBy(ur => ur.RoleId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var items = (await roles.GetRolesAsync(cancellationToken)).Select(r =>
        {
            var granted = map.GetValueOrDefault(r.Id, []);
            var remit = roles.RemitOf(granted);
            return new RoleListItem(r.Id, r.Name ?? "", r.DisplayName, r.Description, r.IsSystem,
                remit == AdminRemit.None ? null : AdminRemitNames.DisplayName(remit), granted.Count, counts.GetValueOrDefault(r.Id));
        }).ToList();
        ViewData["Title"] = "角色权限";
        ViewData[Breadcrumb.ViewDataKey] = new[] { new Breadcrumb("系统管理") };
        return View(items);
    }

    [HttpGet("create")]
    public IActionResult Create() => Form(new RoleEditViewModel());

    [HttpPost("create")]
    public async Task<IActionResult> Create(RoleEditViewModel model, CancellationToken cancellationToken)
    {
        model.Id = null;
        var (result, role) = await roleService.CreateAsync(ToInput(model), cancellationToken: cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.AddOperationErrors(result);
            return Form(model);
        }

        notifier.Add(NotifyType.Success, $"已创建角色“{role!.DisplayName}”。");
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("{id}/edit")]
    public async Task<IActionResult> Edit(string id, CancellationToken cancellationToken)
    {
        if (await db.Roles.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken) is not { } role)
        {
            return NotFound();
        }

        return Form(new RoleEditViewModel
        {
            Id = id,
            Name = role.Name,
            DisplayName = role.DisplayName,
            Description = role.Description,
            IsSystem = role.IsSystem,
            Permissions = await roles.GetPermissionsAsync(id, cancellationToken),
        });
    }

    [HttpPost("{id}/edit")]
    public async Task<IActionResult> Edit(string id, RoleEditViewModel model, CancellationToken cancellationToken)
    {
        if (await db.Roles.FirstOrDefaultAsync(r => r.Id == id, cancellationToken) is not { } role)
        {
            return NotFound();
        }

        model.Id = id;
        model.IsSystem = role.IsSystem;
        if (role.IsSystem)
        {
            model.Name = role.Name;
        }

        var result = await roleService.UpdateAsync(role, ToInput(model), cancellationToken: cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.AddOperationErrors(result);
            return Form(model);
        }

        notifier.Add(NotifyType.Success, $"已保存角色“{role.DisplayName}”。");
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("{id}/delete")]
    public async Task<IActionResult> Delete(string id, CancellationToken cancellationToken)
    {
        if (await db.Roles.FirstOrDefaultAsync(r => r.Id == id, cancellationToken) is not { } role)
        {
            return NotFound();
        }

        var result = await roleService.DeleteAsync(role, cancellationToken);
        notifier.Add(result.Succeeded ? NotifyType.Success : NotifyType.Error,
            result.Succeeded ? $"已删除角色“{role.DisplayName}”。" : result.Describe());
        return RedirectToAction(nameof(Index));
    }

    private ViewResult Form(RoleEditViewModel model)
    {
        model.Groups = permissions.All
            .GroupBy(p => p.Category)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, (IReadOnlyList<OptionItem>)g.OrderBy(p => p.Name, StringComparer.Ordinal)
                .Select(p => new OptionItem(p.Name, p.DisplayName, p.Remit == AdminRemit.None ? null : AdminRemitNames.DisplayName(p.Remit)))
                .ToList()))
            .ToList();
        ViewData["Title"] = model.IsNew ? "新建角色" : "编辑角色";
        ViewData[Breadcrumb.ViewDataKey] = Crumbs;
        return View("Edit", model);
    }

    private static RoleInput ToInput(RoleEditViewModel model) => new()
    {
        Name = model.Name,
        DisplayName = model.DisplayName,
        Description = model.Description,
        Permissions = model.Permissions ?? [],
    };
}
