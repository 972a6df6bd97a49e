using System.Security.Claims;
using Anshun.Core.Security;
using Anshun.Core.Web;
using Anshun.Users.Authentication;
using Anshun.Users.Services;
using Anshun.Users.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Anshun.Users.Controllers;

/// <summary>登录、退出、修改密码、绑定动态口令: the pages every person uses for their own account.</summary>
public sealed class AccountController(
    LoginService login,
    AccountService account,
    SecurityAdminService security,
    AnshunUserManager users,
    INotifier notifier) : Controller
{
    [HttpGet("login")]
    [AllowAnonymous]
    public IActionResult Login(string? returnUrl)
    {
        if (User.Identity?.IsAuthenticated == true && User.FindFirstValue(AnshunClaimTypes.PendingAction) is null)
        {
            return LocalRedirect(SafeReturnUrl(returnUrl));
        }

        return View(new LoginViewModel { ReturnUrl = returnUrl });
    }

    [HttpPost("login")]
    [AllowAnonymous]
    [EnableRateLimiting(LoginThrottleOptions.PolicyName)]
    public async Task<IActionResult> Login(LoginViewModel model, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return View(model);
        }

        var outcome = await login.CheckAsync(model.UserName, model.Password, model.Code, cancellationToken);
        if (!outcome.Succeeded)
        {
            model.CodeRequired = outcome.Status is LoginStatus.CodeRequired or LoginStatus.InvalidCode;
            ModelState.AddModelError(outcome.Status is LoginStatus.CodeRequired or LoginStatus.InvalidCode ? nameof(model.Code) : "", outcome.Message);
            return View(model);
        }

        await login.SignInAsync(HttpContext, outcome.User!, outcome.PendingAction);
        if (outcome.PendingAction is { } pending)
        {
            return LocalRedirect(PendingActions.PagePath(pending));
        }

        return LocalRedirect(SafeReturnUrl(model.ReturnUrl));
    }

    /// <summary>Ends the caller's own session only; no antiforgery check, so an already expired session can still press 退出.</summary>
    [HttpPost("logout")]
    [AllowAnonymous]
    [IgnoreAntiforgeryToken]
    public async Task<IActionResult> Logout(CancellationToken cancellationToken)
    {
        await login.SignOutAsync(HttpContext, cancellationToken);
        return LocalRedirect("/login");
    }

    [HttpGet("access-denied")]
    [AllowAnonymous]
    public IActionResult AccessDenied()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return View();
    }

    [HttpGet("account/password")]
    [Authorize]
    public async Task<IActionResult> Password(CancellationToken cancellationToken) =>
        View(await WithContextAsync(new ChangePasswordViewModel(), cancellationToken));

    [HttpPost("account/password")]
    [Authorize]
    public async Task<IActionResult> Password(ChangePasswordViewModel model, CancellationToken cancellationToken)
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        if (ModelState.IsValid)
        {
            var result = await account.ChangePasswordAsync(user, model.CurrentPassword, model.NewPassword, cancellationToken);
            if (result.Succeeded)
            {
                var pending = await login.GetPendingActionAsync(user, cancellationToken);
                await login.SignInAsync(HttpContext, user, pending);
                notifier.Add(NotifyType.Success, "密码已修改。");
                return LocalRedirect(pending is null ? "/" : PendingActions.PagePath(pending));
            }

            AddErrors(result);
        }

        return View(await WithContextAsync(model, cancellationToken));
    }

    [HttpGet("account/totp")]
    [Authorize]
    public async Task<IActionResult> Totp(CancellationToken cancellationToken)
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        return View(await TotpModelAsync(user, new TotpViewModel(), cancellationToken));
    }

    [HttpPost("account/totp")]
    [Authorize]
    public async Task<IActionResult> Totp(TotpViewModel model, CancellationToken cancellationToken)
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        var result = await account.EnableTotpAsync(user, model.Code, cancellationToken);
        if (!result.Succeeded)
        {
            AddErrors(result);
            return View(await TotpModelAsync(user, new TotpViewModel(), cancellationToken));
        }

        var pending = await login.GetPendingActionAsync(user, cancellationToken);
        await login.SignInAsync(HttpContext, user, pending);
        notifier.Add(NotifyType.Success, "动态口令已绑定，以后登录时请输入身份验证器中显示的 6 位数字。");
        return LocalRedirect(pending is null ? "/" : PendingActions.PagePath(pending));
    }

    [HttpPost("account/totp/disable")]
    [Authorize]
    public async Task<IActionResult> DisableTotp(CancellationToken cancellationToken)
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        var result = await account.DisableTotpAsync(user, cancellationToken);
        if (!result.Succeeded)
        {
            notifier.Add(NotifyType.Error, result.Describe());
            return LocalRedirect("/account/totp");
        }

        await login.SignInAsync(HttpContext, user, await login.GetPendingActionAsync(user, cancellationToken));
        notifier.Add(NotifyType.Success, "已解除动态口令绑定。");
        return LocalRedirect("/account/totp");
    }

    private async Task<ChangePasswordViewModel> WithContextAsync(ChangePasswordViewModel model, CancellationToken cancellationToken)
    {
        model.Policy = await security.GetPolicyAsync(cancellationToken);
        model.Reason = User.FindFirstValue(AnshunClaimTypes.PendingAction) == PendingActions.ChangePassword
            ? "您的密码已过期或由管理员重置，请先设置新密码。"
            : null;
        return model;
    }

    private async Task<TotpViewModel> TotpModelAsync(Models.AnshunUser user, TotpViewModel model, CancellationToken cancellationToken)
    {
        model.Enabled = user.TwoFactorEnabled;
        model.Required = await account.IsTotpRequiredAsync(user, cancellationToken);
        if (await account.GetTotpSetupAsync(user) is { } setup)
        {
            model.SharedKey = setup.SharedKey;
            model.AuthenticatorUri = setup.AuthenticatorUri;
            model.QrCodeDataUri = QrCodeImage.DataUri(setup.AuthenticatorUri);
        }

        return model;
    }

    private void AddErrors(OperationResult result)
    {
        foreach (var (field, messages) in result.Errors)
        {
            foreach (var message in messages)
            {
                ModelState.AddModelError(char.ToUpperInvariant(field[0]) + field[1..], message);
            }
        }
    }

    private string SafeReturnUrl(string? returnUrl) => !string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) ? returnUrl : "/";
}
