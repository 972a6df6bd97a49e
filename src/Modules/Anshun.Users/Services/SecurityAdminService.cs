using Anshun.Core.Audit;
using Anshun.Core.Data;
using Anshun.Core.Security;
using Anshun.Core.Settings;
using Anshun.Users.Models;

namespace Anshun.Users.Services;

/// <summary>
/// What the 安全保密管理员 does: the password policy, people's 密级, unlocking accounts and resetting
/// TOTP. Every change is audited; none of it touches accounts' roles or profiles (that is the system administrator's remit).
/// </summary>
public sealed class SecurityAdminService(
    AnshunUserManager userManager,
    ISiteSettings settings,
    IDataSession session,
    IAuditLog audit)
{
    public async Task<PasswordPolicy> GetPolicyAsync(CancellationToken cancellationToken = default) =>
        (await settings.GetAsync<PasswordPolicy>(PasswordPolicy.SettingKey, cancellationToken)).Effective();

    public async Task<OperationResult> SavePolicyAsync(PasswordPolicy policy, CancellationToken cancellationToken = default)
    {
        var result = new OperationResult();
        if (policy.MinimumLength is < PasswordPolicy.MinimumLengthFloor or > 64)
        {
            result.AddError("minimumLength", $"密码最短长度应在 {PasswordPolicy.MinimumLengthFloor} 到 64 位之间。");
        }

        if (policy.RequiredCharacterClasses is < PasswordPolicy.CharacterClassesFloor or > 4)
        {
            result.AddError("requiredCharacterClasses", $"须包含的字符类别数应为 {PasswordPolicy.CharacterClassesFloor} 或 4。");
        }

        if (policy.ExpiryDays is < 1 or > PasswordPolicy.MaximumExpiryDays)
        {
            result.AddError("expiryDays", $"密码有效期应在 1 到 {PasswordPolicy.MaximumExpiryDays} 天之间。");
        }

        if (policy.HistoryCount is < PasswordPolicy.HistoryCountFloor or > PasswordPolicy.MaximumHistoryCount)
        {
            result.AddError("historyCount", $"不得重复使用的历史密码个数应在 {PasswordPolicy.HistoryCountFloor} 到 {PasswordPolicy.MaximumHistoryCount} 之间。");
        }

        if (!result.Succeeded)
        {
            return result;
        }

        var before = await GetPolicyAsync(cancellationToken);
        await using var transaction = await session.BeginTransactionAsync(cancellationToken);
        await settings.SetAsync(PasswordPolicy.SettingKey, policy, cancellationToken);
        await audit.WriteAsync(new AuditEntry(AuditEventTypes.SettingsChanged, PasswordPolicy.SettingKey,
            $"修改密码策略：最短长度 {before.MinimumLength}→{policy.MinimumLength}，字符类别 {before.RequiredCharacterClasses}→{policy.RequiredCharacterClasses}，"
            + $"有效期 {before.ExpiryDays}→{policy.ExpiryDays} 天，历史密码 {before.HistoryCount}→{policy.HistoryCount} 个。"), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    public async Task SetSecretLevelAsync(AnshunUser user, SecretLevel level, CancellationToken cancellationToken = default)
    {
        var before = user.SecretLevel;
        await using var transaction = await session.BeginTransactionAsync(cancellationToken);
        user.SecretLevel = level;
        await userManager.UpdateAsync(user);
        await audit.WriteAsync(new AuditEntry(AuditEventTypes.UserSecretLevelChanged, user.UserName,
            $"用户“{user.DisplayName}”（{user.UserName}）的密级由“{SecretLevelNames.DisplayName(before)}”改为“{SecretLevelNames.DisplayName(level)}”。"), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task UnlockAsync(AnshunUser user, CancellationToken cancellationToken = default)
    {
        await using var transaction = await session.BeginTransactionAsync(cancellationToken);
        await userManager.SetLockoutEndDateAsync(user, null);
        await userManager.ResetAccessFailedCountAsync(user);
        await audit.WriteAsync(new AuditEntry(AuditEventTypes.Unlocked, user.UserName, $"解锁用户“{user.DisplayName}”（{user.UserName}）。"), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>The person binds a new authenticator at the next sign-in (mandatory for administrators); open sessions end.</summary>
    public async Task ResetTotpAsync(AnshunUser user, CancellationToken cancellationToken = default)
    {
        await using var transaction = await session.BeginTransactionAsync(cancellationToken);
        await userManager.SetTwoFactorEnabledAsync(user, false);
        await userManager.ResetAuthenticatorKeyAsync(user);
        await TotpAuthenticatorTokenProvider.ForgetAsync(userManager, user);
        await audit.WriteAsync(new AuditEntry(AuditEventTypes.TwoFactorReset, user.UserName,
            $"重置用户“{user.DisplayName}”（{user.UserName}）的动态口令，须在下次登录时重新绑定。"), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
