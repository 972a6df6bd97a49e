using System.Security.Claims;
using Anshun.Core.Audit;
using Anshun.Core.Security;
using Anshun.Core.Settings;
using Anshun.Core.Time;
using Anshun.Users.Models;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;

namespace Anshun.Users.Services;

/// <summary>
/// Signs people in and out, for the login page and the login API alike: password with lockout, TOTP
/// when enabled, the pending action (password change, TOTP enrolment) that must come first, and the audit trail.
/// </summary>
public sealed class LoginService(
    AnshunUserManager userManager,
    IUserClaimsPrincipalFactory<AnshunUser> principalFactory,
    RoleCatalog roles,
    ISiteSettings settings,
    IAuditLog audit,
    TimeProvider time)
{
    public async Task<LoginOutcome> CheckAsync(string? userName, string? password, string? code, CancellationToken cancellationToken = default)
    {
        var name = userName?.Trim() ?? "";
        var user = name.Length == 0 ? null : await userManager.FindByNameAsync(name);
        if (user is null)
        {
            // Hash anyway, so the answer takes as long for an unknown user as for a wrong password.
            userManager.PasswordHasher.VerifyHashedPassword(new AnshunUser(), DummyHash.Value, password ?? "");
            await FailedAsync(name, "用户不存在", cancellationToken);
            return new LoginOutcome(LoginStatus.InvalidCredentials);
        }

        if (await userManager.IsLockedOutAsync(user))
        {
            await FailedAsync(user.UserName, "账号锁定期间尝试登录", cancellationToken);
            return Locked(user);
        }

        if (!await userManager.CheckPasswordAsync(user, password ?? ""))
        {
            return await CountFailureAsync(user, "密码错误", LoginStatus.InvalidCredentials, cancellationToken);
        }

        if (!user.IsEnabled)
        {
            await FailedAsync(user.UserName, "账号已停用", cancellationToken);
            return new LoginOutcome(LoginStatus.Disabled, user);
        }

        if (user.TwoFactorEnabled)
        {
            if (string.IsNullOrWhiteSpace(code))
            {
                return new LoginOutcome(LoginStatus.CodeRequired, user);
            }

            if (!await userManager.VerifyTwoFactorTokenAsync(user, TokenOptions.DefaultAuthenticatorProvider, code))
            {
                return await CountFailureAsync(user, "动态口令错误", LoginStatus.InvalidCode, cancellationToken);
            }
        }

        await userManager.ResetAccessFailedCountAsync(user);
        user.LastLoginUtc = time.GetUtcNow().UtcDateTime;
        await userManager.UpdateAsync(user);
        var pending = await GetPendingActionAsync(user, cancellationToken);
        await audit.WriteAsync(new AuditEntry(AuditEventTypes.LoginSucceeded, user.UserName,
            pending is null ? "登录成功。" : $"登录成功，须先完成：{PendingDescription(pending)}。") { UserName = user.UserName }, cancellationToken);
        return new LoginOutcome(LoginStatus.Succeeded, user, PendingAction: pending);
    }

    /// <summary>What the user must do before using the system: change an expired or reset password, then enrol TOTP if an administrator.</summary>
    public async Task<string?> GetPendingActionAsync(AnshunUser user, CancellationToken cancellationToken = default)
    {
        var policy = (await settings.GetAsync<PasswordPolicy>(PasswordPolicy.SettingKey, cancellationToken)).Effective();
        var expired = user.PasswordChangedUtc is not { } changed
            || changed.AddDays(policy.ExpiryDays) <= time.GetUtcNow().UtcDateTime;
        if (user.MustChangePassword || expired)
        {
            return PendingActions.ChangePassword;
        }

        if (!user.TwoFactorEnabled && await roles.HoldsAdminRemitAsync(user.Id, cancellationToken))
        {
            return PendingActions.EnrollTotp;
        }

        return null;
    }

    /// <summary>Issues the auth cookie and makes the new principal the request's user (so a CSRF token made now is valid for it).</summary>
    public async Task<ClaimsPrincipal> SignInAsync(HttpContext httpContext, AnshunUser user, string? pendingAction)
    {
        var principal = await principalFactory.CreateAsync(user);
        if (pendingAction is not null && principal.Identity is ClaimsIdentity identity)
        {
            identity.AddClaim(new Claim(AnshunClaimTypes.PendingAction, pendingAction));
        }

        await httpContext.SignInAsync(IdentityConstants.ApplicationScheme, principal, new AuthenticationProperties { IsPersistent = false });
        httpContext.User = principal;
        return principal;
    }

    public async Task SignOutAsync(HttpContext httpContext, CancellationToken cancellationToken = default)
    {
        if (httpContext.User.Identity?.IsAuthenticated == true)
        {
            await audit.WriteAsync(new AuditEntry(AuditEventTypes.Logout, httpContext.User.Identity.Name, "退出登录。"), cancellationToken);
        }

        await httpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
        httpContext.User = new ClaimsPrincipal(new ClaimsIdentity());
    }

    public static string PendingDescription(string pendingAction) =>
        pendingAction == PendingActions.EnrollTotp ? "绑定动态口令" : "修改密码";

    private async Task<LoginOutcome> CountFailureAsync(AnshunUser user, string reason, LoginStatus status, CancellationToken cancellationToken)
    {
        await userManager.AccessFailedAsync(user);
        if (await userManager.IsLockedOutAsync(user))
        {
            await audit.WriteAsync(new AuditEntry(AuditEventTypes.LockedOut, user.UserName,
                $"{reason}，连续失败次数达到上限，账号锁定至 {ChinaTime.Format(user.LockoutEnd?.UtcDateTime)}（北京时间）。", Succeeded: false)
            { UserName = user.UserName }, cancellationToken);
            return Locked(user);
        }

        await FailedAsync(user.UserName, reason, cancellationToken);
        return new LoginOutcome(status, user);
    }

    private static LoginOutcome Locked(AnshunUser user) => new(LoginStatus.LockedOut, user, user.LockoutEnd?.UtcDateTime);

    private Task FailedAsync(string? userName, string reason, CancellationToken cancellationToken) =>
        audit.WriteAsync(new AuditEntry(AuditEventTypes.LoginFailed, userName, $"登录失败：{reason}。", Succeeded: false) { UserName = userName }, cancellationToken);

    private static class DummyHash
    {
        public static readonly string Value = new PasswordHasher<AnshunUser>().HashPassword(new AnshunUser(), Guid.NewGuid().ToString());
    }
}
