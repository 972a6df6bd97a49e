using System.Security.Claims;
using Anshun.Core.Security;
using Anshun.Core.Web;
using Anshun.Users.Models;
using Anshun.Users.Services;
using Anshun.Users.ViewModels;
using Microsoft.AspNetCore.Mvc;

namespace Anshun.Users.Controllers;

/// <summary>用户管理 (系统管理员): list, create, edit, disable/enable, reset password, move.</summary>
[RequirePermission(UsersPermissions.ManageUsers)]
[Route("admin/users")]
public sealed class UserAdminController(
    UserQueryService query,
    UserDetailReader reader,
    UserAccountService accounts,
    UserFormOptions options,
    INotifier notifier) : Controller
{
    private static readonly Breadcrumb[] Crumbs = [new("系统管理"), new("用户管理", "/admin/users")];

    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, string? unit, int page = 1, CancellationToken cancellationToken = default)
    {
        var search = new UserSearch { Query = q, Unit = unit, Page = page };
        ViewData["Title"] = "用户管理";
        ViewData[Breadcrumb.ViewDataKey] = new[] { new Breadcrumb("系统管理") };
        return View(new UserIndexViewModel(search, await query.SearchAsync(search, cancellationToken), await options.UnitsAsync(cancellationToken)));
    }

    [HttpGet("create")]
    public async Task<IActionResult> Create(CancellationToken cancellationToken) =>
        await FormAsync(new UserEditViewModel(), cancellationToken);

    [HttpPost("create")]
    public async Task<IActionResult> Create(UserEditViewModel model, CancellationToken cancellationToken)
    {
        model.Id = null;
        var (result, user) = await accounts.CreateAsync(ToInput(model), cancellationToken: cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.AddOperationErrors(result);
            return await FormAsync(model, cancellationToken);
        }

        notifier.Add(NotifyType.Success, $"已创建用户“{user!.DisplayName}”（{user.UserName}）。");
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("{id}/edit")]
    public async Task<IActionResult> Edit(string id, CancellationToken cancellationToken)
    {
        if (await reader.GetAsync(id, cancellationToken) is not { } detail)
        {
            return NotFound();
        }

        var model = new UserEditViewModel
        {
            Id = id,
            UserName = detail.User.UserName,
            DisplayName = detail.User.DisplayName,
            Email = detail.User.Email,
            OfficePhone = detail.User.OfficePhone,
            Mobile = detail.User.Mobile,
            Roles = detail.Roles.Select(r => r.Name!).ToList(),
            Units = detail.Units.OrderByDescending(u => u.Membership.IsPrimary)
                .Select(u => new UnitRowInput { Unit = u.Membership.UnitId, Position = u.Membership.Position }).ToList(),
            Leader = detail.Leader?.UserName,
        };
        return await FormAsync(model, cancellationToken);
    }

    [HttpPost("{id}/edit")]
    public async Task<IActionResult> Edit(string id, UserEditViewModel model, CancellationToken cancellationToken)
    {
        if (await reader.GetAsync(id, cancellationToken) is not { } detail)
        {
            return NotFound();
        }

        model.Id = id;
        model.UserName = detail.User.UserName;
        var result = await accounts.UpdateAsync(detail.User, ToInput(model), cancellationToken: cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.AddOperationErrors(result);
            return await FormAsync(model, cancellationToken);
        }

        notifier.Add(NotifyType.Success, $"已保存用户“{detail.User.DisplayName}”的资料。");
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("{id}/disable")]
    public Task<IActionResult> Disable(string id, CancellationToken cancellationToken) => SetEnabledAsync(id, false, cancellationToken);

    [HttpPost("{id}/enable")]
    public Task<IActionResult> Enable(string id, CancellationToken cancellationToken) => SetEnabledAsync(id, true, cancellationToken);

    [HttpGet("{id}/reset-password")]
    public async Task<IActionResult> ResetPassword(string id, CancellationToken cancellationToken)
    {
        if (await reader.GetAsync(id, cancellationToken) is not { } detail)
        {
            return NotFound();
        }

        return ResetView(new ResetPasswordViewModel { Id = id, UserName = detail.User.UserName, DisplayName = detail.User.DisplayName });
    }

    [HttpPost("{id}/reset-password")]
    public async Task<IActionResult> ResetPassword(string id, ResetPasswordViewModel model, CancellationToken cancellationToken)
    {
        if (await reader.GetAsync(id, cancellationToken) is not { } detail)
        {
            return NotFound();
        }

        model.Id = id;
        model.UserName = detail.User.UserName;
        model.DisplayName = detail.User.DisplayName;
        var (result, generated) = await accounts.ResetPasswordAsync(detail.User, model.Password, cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.AddOperationErrors(result);
            return ResetView(model);
        }

        // Shown on this response only, never stored or redirected through TempData.
        model.Password = null;
        model.GeneratedPassword = generated;
        model.Done = true;
        return ResetView(model);
    }

    [HttpGet("{id}/move")]
    public async Task<IActionResult> Move(string id, CancellationToken cancellationToken)
    {
        if (await reader.GetAsync(id, cancellationToken) is not { } detail)
        {
            return NotFound();
        }

        var model = new MoveUserViewModel
        {
            Id = id,
            UserName = detail.User.UserName,
            DisplayName = detail.User.DisplayName,
            Units = detail.Units.OrderByDescending(u => u.Membership.IsPrimary)
                .Select(u => new UnitRowInput { Unit = u.Membership.UnitId, Position = u.Membership.Position }).ToList(),
        };
        return await MoveViewAsync(model, cancellationToken);
    }

    [HttpPost("{id}/move")]
    public async Task<IActionResult> Move(string id, MoveUserViewModel model, CancellationToken cancellationToken)
    {
        if (await reader.GetAsync(id, cancellationToken) is not { } detail)
        {
            return NotFound();
        }

        var result = await accounts.MoveAsync(detail.User, ToAssignments(model.Units, model.PrimaryIndex), cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.AddOperationErrors(result);
            model.Id = id;
            model.UserName = detail.User.UserName;
            model.DisplayName = detail.User.DisplayName;
            return await MoveViewAsync(model, cancellationToken);
        }

        notifier.Add(NotifyType.Success, $"已调整用户“{detail.User.DisplayName}”的任职单位。");
        return RedirectToAction(nameof(Index));
    }

    private async Task<IActionResult> SetEnabledAsync(string id, bool enabled, CancellationToken cancellationToken)
    {
        if (await reader.GetAsync(id, cancellationToken) is not { } detail)
        {
            return NotFound();
        }

        var result = await accounts.SetEnabledAsync(detail.User, enabled, User.FindFirstValue(ClaimTypes.NameIdentifier), cancellationToken);
        notifier.Add(result.Succeeded ? NotifyType.Success : NotifyType.Error, result.Succeeded
            ? (enabled ? $"已启用用户“{detail.User.DisplayName}”。" : $"已停用用户“{detail.User.DisplayName}”。")
            : result.Describe());
        return RedirectToAction(nameof(Index));
    }

    private async Task<IActionResult> FormAsync(UserEditViewModel model, CancellationToken cancellationToken)
    {
        await options.FillAsync(model, cancellationToken);
        ViewData["Title"] = model.IsNew ? "新建用户" : "编辑用户";
        ViewData[Breadcrumb.ViewDataKey] = Crumbs;
        return View("Edit", model);
    }

    private IActionResult ResetView(ResetPasswordViewModel model)
    {
        ViewData["Title"] = "重置密码";
        ViewData[Breadcrumb.ViewDataKey] = Crumbs;
        return View("ResetPassword", model);
    }

    private async Task<IActionResult> MoveViewAsync(MoveUserViewModel model, CancellationToken cancellationToken)
    {
        model.AvailableUnits = await options.UnitsAsync(cancellationToken);
        while (model.Units.Count < UserEditViewModel.UnitRows)
        {
            model.Units.Add(new UnitRowInput());
        }

        ViewData["Title"] = "调整任职单位";
        ViewData[Breadcrumb.ViewDataKey] = Crumbs;
        return View("Move", model);
    }

    private static UserInput ToInput(UserEditViewModel model) => new()
    {
        UserName = model.UserName,
        DisplayName = model.DisplayName,
        Email = model.Email,
        OfficePhone = model.OfficePhone,
        Mobile = model.Mobile,
        Password = model.Password,
        Roles = model.Roles ?? [],
        Units = ToAssignments(model.Units, model.PrimaryIndex),
        Leader = model.Leader,
    };

    private static List<UnitAssignment> ToAssignments(List<UnitRowInput>? rows, int primaryIndex) =>
        (rows ?? []).Select((row, index) => (row, index))
            .Where(r => !string.IsNullOrWhiteSpace(r.row.Unit))
            .Select(r => new UnitAssignment { Unit = r.row.Unit, Position = r.row.Position, Primary = r.index == primaryIndex })
            .ToList();
}
