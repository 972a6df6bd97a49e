using Anshun.Core.Audit;
using Anshun.Core.Data;
using Anshun.Core.Organization;
using Anshun.Core.Security;
using Anshun.Core.Users;
using Anshun.Users.Models;
using Microsoft.AspNetCore.Identity;

namespace Anshun.Users.Services;

/// <summary>
/// User administration (用户管理) shared by the admin pages, the JSON API and the <c>users</c> recipe step:
/// create, edit, move, disable/enable, reset password. Each call validates first, writes in one
/// transaction (roles, memberships, leader) and audits; a refused call changes nothing.
/// </summary>
public sealed class UserAccountService(
    AnshunUserManager userManager,
    UserInputValidator validator,
    IOrganizationService organization,
    PermissionGrantStore grants,
    IDataSession session,
    IAuditLog audit,
    IEnumerable<IUserEventHandler> handlers,
    TimeProvider time)
{
    public async Task<(OperationResult Result, AnshunUser? User)> CreateAsync(
        UserInput input, SecretLevel secretLevel = SecretLevel.Public, bool mustChangePassword = false, bool setLeader = true,
        CancellationToken cancellationToken = default)
    {
        var resolved = await validator.ValidateAsync(input, null, cancellationToken);
        var result = resolved.Result;
        if (string.IsNullOrEmpty(input.Password))
        {
            result.AddError("password", "请设置初始密码。");
        }

        var user = new AnshunUser
        {
            UserName = input.UserName?.Trim(),
            DisplayName = input.DisplayName?.Trim() ?? "",
            Email = Clean(input.Email),
            OfficePhone = Clean(input.OfficePhone),
            Mobile = Clean(input.Mobile),
            SecretLevel = secretLevel,
            MustChangePassword = mustChangePassword,
            IsEnabled = true,
            LockoutEnabled = true,
            CreatedUtc = time.GetUtcNow().UtcDateTime,
        };
        if (!string.IsNullOrEmpty(input.Password))
        {
            await CheckPasswordAsync(user, input.Password, result);
        }

        if (!result.Succeeded)
        {
            return (result, null);
        }

        await using var transaction = await session.BeginTransactionAsync(cancellationToken);
        var created = await userManager.CreateAsync(user, input.Password!);
        if (!created.Succeeded)
        {
            return (FromIdentity(created), null);
        }

        await userManager.AddToRolesAsync(user, resolved.Roles.Select(r => r.Role.Name!));
        await organization.SetMembershipsAsync(user.Id, resolved.Units.Select(u => u with { UserId = user.Id }).ToList(), cancellationToken);
        if (setLeader)
        {
            await organization.SetLeaderAsync(user.Id, resolved.LeaderId, cancellationToken);
        }

        await RaiseAsync(user, (h, c) => h.CreatedAsync(c, cancellationToken));
        await audit.WriteAsync(new AuditEntry(AuditEventTypes.UserCreated, user.UserName,
            $"创建用户“{user.DisplayName}”（{user.UserName}），角色：{RoleList(resolved)}，单位：{UnitList(resolved)}。"), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        grants.Invalidate();
        return (result, user);
    }

    public async Task<OperationResult> UpdateAsync(AnshunUser user, UserInput input, bool setLeader = true, CancellationToken cancellationToken = default)
    {
        var resolved = await validator.ValidateAsync(input, user, cancellationToken);
        if (!resolved.Result.Succeeded)
        {
            return resolved.Result;
        }

        await using var transaction = await session.BeginTransactionAsync(cancellationToken);
        user.DisplayName = input.DisplayName!.Trim();
        user.Email = Clean(input.Email);
        user.OfficePhone = Clean(input.OfficePhone);
        user.Mobile = Clean(input.Mobile);
        var updated = await userManager.UpdateAsync(user);
        if (!updated.Succeeded)
        {
            return FromIdentity(updated);
        }

        var rolesChanged = await SetRolesAsync(user, resolved);
        var moved = await SetUnitsAsync(user, resolved.Units, cancellationToken);
        if (setLeader)
        {
            await organization.SetLeaderAsync(user.Id, resolved.LeaderId, cancellationToken);
        }

        await RaiseAsync(user, (h, c) => h.UpdatedAsync(c, cancellationToken));
        await audit.WriteAsync(new AuditEntry(AuditEventTypes.UserUpdated, user.UserName, $"修改用户“{user.DisplayName}”（{user.UserName}）的资料。"), cancellationToken);
        if (rolesChanged)
        {
            await audit.WriteAsync(new AuditEntry(AuditEventTypes.UserRolesChanged, user.UserName,
                $"用户“{user.DisplayName}”的角色改为：{RoleList(resolved)}。"), cancellationToken);
        }

        if (moved)
        {
            await audit.WriteAsync(new AuditEntry(AuditEventTypes.UserMoved, user.UserName,
                $"用户“{user.DisplayName}”的任职单位改为：{UnitList(resolved)}。"), cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        grants.Invalidate();
        return resolved.Result;
    }

    /// <summary>调动: replaces the user's units and positions only.</summary>
    public async Task<OperationResult> MoveAsync(AnshunUser user, IReadOnlyList<UnitAssignment> units, CancellationToken cancellationToken = default)
    {
        var resolved = new ResolvedUserInput(new OperationResult());
        await validator.ResolveUnitsAsync(units, resolved, cancellationToken);
        if (!resolved.Result.Succeeded)
        {
            return resolved.Result;
        }

        await using var transaction = await session.BeginTransactionAsync(cancellationToken);
        await organization.SetMembershipsAsync(user.Id, resolved.Units.Select(u => u with { UserId = user.Id }).ToList(), cancellationToken);
        await audit.WriteAsync(new AuditEntry(AuditEventTypes.UserMoved, user.UserName,
            $"用户“{user.DisplayName}”的任职单位改为：{UnitList(resolved)}。"), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return resolved.Result;
    }

    /// <summary>Sets or clears the 分管领导 (recipes set leaders after all users exist).</summary>
    public async Task<OperationResult> SetLeaderAsync(AnshunUser user, string? leader, CancellationToken cancellationToken = default)
    {
        var result = new OperationResult();
        var leaderId = string.IsNullOrWhiteSpace(leader) ? null : await validator.ResolveLeaderAsync(leader, user, result, cancellationToken);
        if (result.Succeeded)
        {
            await organization.SetLeaderAsync(user.Id, leaderId, cancellationToken);
        }

        return result;
    }

    public async Task<OperationResult> SetEnabledAsync(AnshunUser user, bool enabled, string? actingUserId, CancellationToken cancellationToken = default)
    {
        if (!enabled && user.Id == actingUserId)
        {
            return OperationResult.Fail("user", "不能停用自己的账号。");
        }

        await using var transaction = await session.BeginTransactionAsync(cancellationToken);
        user.IsEnabled = enabled;
        await userManager.UpdateAsync(user);
        if (!enabled)
        {
            await userManager.UpdateSecurityStampAsync(user); // ends the account's open sessions
        }

        await RaiseAsync(user, (h, c) => enabled ? h.EnabledAsync(c, cancellationToken) : h.DisabledAsync(c, cancellationToken));

        await audit.WriteAsync(new AuditEntry(enabled ? AuditEventTypes.UserEnabled : AuditEventTypes.UserDisabled, user.UserName,
            enabled ? $"启用用户“{user.DisplayName}”（{user.UserName}）。" : $"停用用户“{user.DisplayName}”（{user.UserName}）。"), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        grants.Invalidate();
        return new OperationResult();
    }

    /// <summary>
    /// 重置密码: sets the given password, or a generated one (returned to show once); the user must
    /// change it at the next sign-in and current sessions end.
    /// </summary>
    public async Task<(OperationResult Result, string? Generated)> ResetPasswordAsync(AnshunUser user, string? password, CancellationToken cancellationToken = default)
    {
        var generated = string.IsNullOrEmpty(password) ? PasswordGenerator.Generate() : null;
        var newPassword = password is { Length: > 0 } ? password : generated!;
        var result = new OperationResult();
        await CheckPasswordAsync(user, newPassword, result);
        if (!result.Succeeded)
        {
            return (result, null);
        }

        await using var transaction = await session.BeginTransactionAsync(cancellationToken);
        var token = await userManager.GeneratePasswordResetTokenAsync(user);
        var reset = await userManager.ResetPasswordAsync(user, token, newPassword);
        if (!reset.Succeeded)
        {
            return (FromIdentity(reset), null);
        }

        user.MustChangePassword = true;
        await userManager.UpdateAsync(user);
        await audit.WriteAsync(new AuditEntry(AuditEventTypes.PasswordReset, user.UserName,
            $"重置用户“{user.DisplayName}”（{user.UserName}）的密码，下次登录须修改。"), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (result, generated);
    }

    /// <summary>Runs the password validators (policy, history) without saving, so errors come before any write.</summary>
    public async Task CheckPasswordAsync(AnshunUser user, string password, OperationResult result)
    {
        foreach (var passwordValidator in userManager.PasswordValidators)
        {
            var checkResult = await passwordValidator.ValidateAsync(userManager, user, password);
            foreach (var error in checkResult.Errors)
            {
                result.AddError("password", error.Description);
            }
        }
    }

    private async Task<bool> SetRolesAsync(AnshunUser user, ResolvedUserInput resolved)
    {
        var current = await userManager.GetRolesAsync(user);
        var wanted = resolved.Roles.Select(r => r.Role.Name!).ToList();
        var remove = current.Where(c => !wanted.Contains(c, StringComparer.OrdinalIgnoreCase)).ToList();
        var add = wanted.Where(w => !current.Contains(w, StringComparer.OrdinalIgnoreCase)).ToList();
        if (remove.Count > 0)
        {
            await userManager.RemoveFromRolesAsync(user, remove);
        }

        if (add.Count > 0)
        {
            await userManager.AddToRolesAsync(user, add);
        }

        return remove.Count + add.Count > 0;
    }

    private async Task<bool> SetUnitsAsync(AnshunUser user, List<MembershipInfo> units, CancellationToken cancellationToken)
    {
        var wanted = units.Select(u => u with { UserId = user.Id }).ToList();
        var current = await organization.GetMembershipsAsync(user.Id, cancellationToken);
        var same = current.Count == wanted.Count && wanted.All(w => current.Any(c => c.UnitId == w.UnitId && c.Position == w.Position && c.IsPrimary == w.IsPrimary));
        if (!same)
        {
            await organization.SetMembershipsAsync(user.Id, wanted, cancellationToken);
        }

        return !same;
    }

    /// <summary>Tells every <see cref="IUserEventHandler"/>, inside the change's transaction.</summary>
    private async Task RaiseAsync(AnshunUser user, Func<IUserEventHandler, UserEventContext, Task> handle)
    {
        var context = new UserEventContext(user.Id, user.UserName ?? "");
        foreach (var handler in handlers)
        {
            await handle(handler, context);
        }
    }

    private static OperationResult FromIdentity(IdentityResult identity)
    {
        var result = new OperationResult();
        foreach (var error in identity.Errors)
        {
            var field = error.Code switch
            {
                var c when c.StartsWith("Password", StringComparison.Ordinal) => "password",
                var c when c.Contains("UserName", StringComparison.Ordinal) => "userName",
                var c when c.Contains("Email", StringComparison.Ordinal) => "email",
                _ => "user",
            };
            result.AddError(field, error.Description);
        }

        return result;
    }

    private static string RoleList(ResolvedUserInput resolved) =>
        resolved.Roles.Count == 0 ? "无" : string.Join("、", resolved.Roles.Select(r => RoleCatalog.RoleLabel(r.Role)));

    private static string UnitList(ResolvedUserInput resolved) =>
        resolved.UnitNames.Count == 0 ? "无" : string.Join("、", resolved.UnitNames);

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
