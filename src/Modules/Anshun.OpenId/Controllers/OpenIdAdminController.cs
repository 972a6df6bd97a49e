using Anshun.Core.Security;
using Anshun.Core.Web;
using Anshun.OpenId.Services;
using Anshun.OpenId.ViewModels;
using Anshun.Users.Services;
using Microsoft.AspNetCore.Mvc;

namespace Anshun.OpenId.Controllers;

/// <summary>系统管理 › 单点登录应用: register, edit and delete client applications.</summary>
[Route("admin/openid")]
[RequirePermission(OpenIdPermissions.Manage)]
public sealed class OpenIdAdminController(OpenIdClientService clients, RoleCatalog roles, INotifier notifier) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        ViewData["Breadcrumbs"] = new[] { new Breadcrumb("系统管理", null), new Breadcrumb("单点登录应用", null) };
        return View(await clients.ListAsync(cancellationToken));
    }

    [HttpGet("create")]
    public async Task<IActionResult> Create(CancellationToken cancellationToken) =>
        await FormAsync(new OpenIdClientEditViewModel { IsNew = true }, cancellationToken);

    [HttpPost("create")]
    public async Task<IActionResult> Create(OpenIdClientEditViewModel model, CancellationToken cancellationToken)
    {
        model.IsNew = true;
        var result = await clients.CreateAsync(model.ToInput(), cancellationToken);
        if (!result.Succeeded)
        {
            AddErrors(result.Errors!);
            return await FormAsync(model, cancellationToken);
        }

        ViewData["Title"] = "应用已登记";
        ViewData["ClientSecret"] = result.ClientSecret;
        return View("Created", result.Client);
    }

    [HttpGet("{clientId}/edit")]
    public async Task<IActionResult> Edit(string clientId, CancellationToken cancellationToken) =>
        await clients.FindAsync(clientId, cancellationToken) is { } client
            ? await FormAsync(OpenIdClientEditViewModel.From(client), cancellationToken)
            : NotFound();

    [HttpPost("{clientId}/edit")]
    public async Task<IActionResult> Edit(string clientId, OpenIdClientEditViewModel model, CancellationToken cancellationToken)
    {
        model.ClientId = clientId;
        var result = await clients.UpdateAsync(clientId, model.ToInput(), cancellationToken);
        if (result is null)
        {
            return NotFound();
        }

        if (!result.Succeeded)
        {
            AddErrors(result.Errors!);
            return await FormAsync(model, cancellationToken);
        }

        notifier.Add(NotifyType.Success, "应用已保存。");
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("{clientId}/delete")]
    public async Task<IActionResult> Delete(string clientId, CancellationToken cancellationToken)
    {
        if (!await clients.DeleteAsync(clientId, cancellationToken))
        {
            return NotFound();
        }

        notifier.Add(NotifyType.Success, "应用已删除。");
        return RedirectToAction(nameof(Index));
    }

    private async Task<IActionResult> FormAsync(OpenIdClientEditViewModel model, CancellationToken cancellationToken)
    {
        model.AvailableRoles = [.. (await roles.GetRolesAsync(cancellationToken))
            .Select(r => new KeyValuePair<string, string>(r.Name ?? r.Id, RoleCatalog.RoleLabel(r)))];
        ViewData["Title"] = model.IsNew ? "登记单点登录应用" : "编辑单点登录应用";
        ViewData["Breadcrumbs"] = new[] { new Breadcrumb("单点登录应用", "/admin/openid"), new Breadcrumb((string)ViewData["Title"]!, null) };
        return View("Edit", model);
    }

    private void AddErrors(IReadOnlyDictionary<string, string[]> errors)
    {
        foreach (var (field, messages) in errors)
        {
            var key = char.ToUpperInvariant(field[0]) + field[1..];
            foreach (var message in messages)
            {
                ModelState.AddModelError(key, message);
            }
        }
    }
}
