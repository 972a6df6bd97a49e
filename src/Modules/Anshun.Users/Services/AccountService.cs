using System.Text;
using Anshun.Core.Audit;
using Anshun.Core.Data;
using Anshun.Users.Models;
using Microsoft.AspNetCore.Identity;

namespace Anshun.Users.Services;

/// <summary>What signed-in users do for themselves: change the password, bind or unbind an authenticator app (动态口令).</summary>
public sealed class AccountService(
    AnshunUserManager userManager,
    RoleCatalog roles,
    IDataSession session,
    IAuditLog audit)
{
    public const string Issuer = "安顺市政府办公信息系统";

    public async Task<OperationResult> ChangePasswordAsync(AnshunUser user, string? currentPassword, string? newPassword, CancellationToken cancellationToken = default)
    {
        var result = new OperationResult();
        if (string.IsNullOrEmpty(currentPassword))
        {
            result.AddError("currentPassword", "请输入当前密码。");
        }

        if (string.IsNullOrEmpty(newPassword))
        {
            result.AddError("newPassword", "请输入新密码。");
        }

        if (!result.Succeeded)
        {
            return result;
        }

        if (!await userManager.CheckPasswordAsync(user, currentPassword!))
        {
            await userManager.AccessFailedAsync(user); // guessing through this form counts toward lockout too
            return result.AddError("currentPassword", "当前密码不正确。");
        }

        await using var transaction = await session.BeginTransactionAsync(cancellationToken);
        var changed = await userManager.ChangePasswordAsync(user, currentPassword!, newPassword!);
        if (!changed.Succeeded)
        {
            foreach (var error in changed.Errors)
            {
                result.AddError("newPassword", error.Description);
            }

            return result;
        }

        user.MustChangePassword = false;
        await userManager.UpdateAsync(user);
        await audit.WriteAsync(new AuditEntry(AuditEventTypes.PasswordChanged, user.UserName, "用户修改了自己的密码。") { UserName = user.UserName }, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    /// <summary>The key and URI to show while enrolling; null when TOTP is already enabled.</summary>
    public async Task<TotpSetup?> GetTotpSetupAsync(AnshunUser user)
    {
        if (user.TwoFactorEnabled)
        {
            return null;
        }

        var key = await userManager.EnsureAuthenticatorKeyAsync(user);
        return new TotpSetup(FormatKey(key), AuthenticatorUri(user.UserName ?? user.Id, key));
    }

    public Task<bool> IsTotpRequiredAsync(AnshunUser user, CancellationToken cancellationToken = default) =>
        roles.HoldsAdminRemitAsync(user.Id, cancellationToken);

    /// <summary>Turns TOTP on once the person proves the app works with a valid code.</summary>
    public async Task<OperationResult> EnableTotpAsync(AnshunUser user, string? code, CancellationToken cancellationToken = default)
    {
        if (user.TwoFactorEnabled)
        {
            return OperationResult.Fail("code", "已绑定动态口令，无需重复绑定。");
        }

        if (string.IsNullOrWhiteSpace(code))
        {
            return OperationResult.Fail("code", "请输入身份验证器应用中显示的 6 位动态口令。");
        }

        await userManager.EnsureAuthenticatorKeyAsync(user);
        if (!await userManager.VerifyTwoFactorTokenAsync(user, TokenOptions.DefaultAuthenticatorProvider, code))
        {
            return OperationResult.Fail("code", "动态口令不正确，请确认手机时间准确后输入当前显示的 6 位数字。");
        }

        await using var transaction = await session.BeginTransactionAsync(cancellationToken);
        await userManager.SetTwoFactorEnabledAsync(user, true);
        await audit.WriteAsync(new AuditEntry(AuditEventTypes.TwoFactorEnabled, user.UserName, "绑定了动态口令（身份验证器应用）。") { UserName = user.UserName }, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new OperationResult();
    }

    /// <summary>Unbinds the app; refused for administrators, for whom TOTP is mandatory.</summary>
    public async Task<OperationResult> DisableTotpAsync(AnshunUser user, CancellationToken cancellationToken = default)
    {
        if (await IsTotpRequiredAsync(user, cancellationToken))
        {
            return OperationResult.Fail("code", "三员管理员账号必须使用动态口令，不能解除绑定。");
        }

        await using var transaction = await session.BeginTransactionAsync(cancellationToken);
        await userManager.SetTwoFactorEnabledAsync(user, false);
        await userManager.ResetAuthenticatorKeyAsync(user);
        await TotpAuthenticatorTokenProvider.ForgetAsync(userManager, user);
        await audit.WriteAsync(new AuditEntry(AuditEventTypes.TwoFactorReset, user.UserName, "用户解除了自己的动态口令绑定。") { UserName = user.UserName }, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new OperationResult();
    }

    public static string FormatKey(string key)
    {
        var text = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            text.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }

        return text.ToString().TrimEnd().ToLowerInvariant();
    }

    public static string AuthenticatorUri(string userName, string key)
    {
        var issuer = Uri.EscapeDataString(Issuer);
        return $"otpauth://totp/{issuer}:{Uri.EscapeDataString(userName)}?secret={key}&issuer={issuer}&digits=6&period=30";
    }
}
