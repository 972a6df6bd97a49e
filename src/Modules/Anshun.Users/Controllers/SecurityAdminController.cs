using Anshun.Core.Security;
using Anshun.Core.Web;
using Anshun.Users.Models;
using Anshun.Users.Services;
using Anshun.Users.ViewModels;
using Microsoft.AspNetCore.Mvc;

namespace Anshun.Users.Controllers;

/// <summary>安全保密 (安全保密管理员): the password policy; people's 密级, unlocking and TOTP reset.</summary>
[Route("admin/security")]
public sealed class SecurityAdminController(
    SecurityAdminService security,
    UserQueryService query,
    AnshunUserManager users,
    INotifier notifier) : Controller
{
    [HttpGet("")]
    [RequirePermission(UsersPermissions.ManageSecurityPolicy)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var policy = await security.GetPolicyAsync(cancellationToken);
        return PolicyView(new PasswordPolicyViewModel
        {
            MinimumLength = policy.MinimumLength,
            RequiredCharacterClasses = policy.RequiredCharacterClasses,
            ExpiryDays = policy.ExpiryDays,
            HistoryCount = policy.HistoryCount,
        });
    }

    [HttpPost("")]
    [RequirePermission(UsersPermissions.ManageSecurityPolicy)]
    public async Task<IActionResult> Index(PasswordPolicyViewModel model, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return PolicyView(model);
        }

        var result = await security.SavePolicyAsync(new PasswordPolicy
        {
            MinimumLength = model.MinimumLength!.Value,
            RequiredCharacterClasses = model.RequiredCharacterClasses!.Value,
            ExpiryDays = model.ExpiryDays!.Value,
            HistoryCount = model.HistoryCount!.Value,
        }, cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.AddOperationErrors(result);
            return PolicyView(model);
        }

        notifier.Add(NotifyType.Success, "密码策略已保存。");
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("users")]
    [RequirePermission(UsersPermissions.ManageUserSecurity)]
    public async Task<IActionResult> Users(string? q, int page = 1, CancellationToken cancellationToken = default)
    {
        var search = new UserSearch { Query = q, Page = page };
        ViewData["Title"] = "密级与解锁";
        ViewData[Breadcrumb.ViewDataKey] = new[] { new Breadcrumb("安全保密") };
        return View(new SecurityUsersViewModel(search, await query.SearchAsync(search, cancellationToken)));
    }

    [HttpPost("users/{id}/secret-level")]
    [RequirePermission(UsersPermissions.ManageUserSecurity)]
    public async Task<IActionResult> SecretLevel(string id, string? secretLevel, CancellationToken cancellationToken)
    {
        if (await users.FindByIdAsync(id) is not { } user)
        {
            return NotFound();
        }

        if (SecretLevelParser.Parse(secretLevel) is not { } level)
        {
            notifier.Add(NotifyType.Error, "请选择有效的密级。");
        }
        else
        {
            await security.SetSecretLevelAsync(user, level, cancellationToken);
            notifier.Add(NotifyType.Success, $"已将“{user.DisplayName}”的密级设为“{SecretLevelNames.DisplayName(level)}”。");
        }

        return RedirectToAction(nameof(Users));
    }

    [HttpPost("users/{id}/unlock")]
    [RequirePermission(UsersPermissions.ManageUserSecurity)]
    public async Task<IActionResult> Unlock(string id, CancellationToken cancellationToken)
    {
        if (await users.FindByIdAsync(id) is not { } user)
        {
            return NotFound();
        }

        await security.UnlockAsync(user, cancellationToken);
        notifier.Add(NotifyType.Success, $"已解锁“{user.DisplayName}”的账号。");
        return RedirectToAction(nameof(Users));
    }

    [HttpPost("users/{id}/reset-totp")]
    [RequirePermission(UsersPermissions.ManageUserSecurity)]
    public async Task<IActionResult> ResetTotp(string id, CancellationToken cancellationToken)
    {
        if (await users.FindByIdAsync(id) is not { } user)
        {
            return NotFound();
        }

        await security.ResetTotpAsync(user, cancellationToken);
        notifier.Add(NotifyType.Success, $"已重置“{user.DisplayName}”的动态口令，其下次登录时须重新绑定。");
        return RedirectToAction(nameof(Users));
    }

    private ViewResult PolicyView(PasswordPolicyViewModel model)
    {
        ViewData["Title"] = "安全策略";
        ViewData[Breadcrumb.ViewDataKey] = new[] { new Breadcrumb("安全保密") };
        return View("Index", model);
    }
}
