using System.Text.RegularExpressions;
using Anshun.Core.Audit;
using Anshun.Core.Data;
using Anshun.Core.Security;
using Anshun.Users.Data;
using Anshun.Users.Models;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Anshun.Users.Services;

/// <summary>
/// Creates, changes and deletes roles (角色) for the role editor, the API and the <c>roles</c> recipe step.
/// Every change is checked (known permissions, 三员分立 for the role and for each of its members),
/// written in one transaction and audited.
/// </summary>
public sealed partial class RoleService(
    UsersDbContext db,
    RoleManager<AnshunRole> roleManager,
    RoleCatalog roles,
    IPermissionCatalog permissionCatalog,
    PermissionGrantStore grants,
    IDataSession session,
    IAuditLog audit)
{
    public async Task<(OperationResult Result, AnshunRole? Role)> CreateAsync(RoleInput input, bool isSystem = false, CancellationToken cancellationToken = default)
    {
        var result = await ValidateAsync(input, null, cancellationToken);
        if (!result.Succeeded)
        {
            return (result, null);
        }

        var role = new AnshunRole
        {
            Name = input.Name!.Trim(),
            DisplayName = input.DisplayName!.Trim(),
            Description = Clean(input.Description),
            IsSystem = isSystem,
        };
        await using var transaction = await session.BeginTransactionAsync(cancellationToken);
        var identity = await roleManager.CreateAsync(role);
        if (!identity.Succeeded)
        {
            return (OperationResult.Fail("name", string.Join(" ", identity.Errors.Select(e => e.Description))), null);
        }

        var permissions = Distinct(input.Permissions);
        await SetPermissionsAsync(role, permissions, cancellationToken);
        await audit.WriteAsync(new AuditEntry(AuditEventTypes.RoleCreated, role.Name,
            $"创建角色“{role.DisplayName}”，权限：{Describe(permissions)}。"), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (result, role);
    }

    public async Task<OperationResult> UpdateAsync(AnshunRole role, RoleInput input, bool? isSystem = null, CancellationToken cancellationToken = default)
    {
        var result = await ValidateAsync(input, role, cancellationToken);
        if (!result.Succeeded)
        {
            return result;
        }

        var before = await roles.GetPermissionsAsync(role.Id, cancellationToken);
        var permissions = Distinct(input.Permissions);
        await using var transaction = await session.BeginTransactionAsync(cancellationToken);
        if (!role.IsSystem)
        {
            role.Name = input.Name!.Trim();
        }

        role.DisplayName = input.DisplayName!.Trim();
        role.Description = Clean(input.Description);
        role.IsSystem = isSystem ?? role.IsSystem;
        var identity = await roleManager.UpdateAsync(role);
        if (!identity.Succeeded)
        {
            return OperationResult.Fail("name", string.Join(" ", identity.Errors.Select(e => e.Description)));
        }

        await SetPermissionsAsync(role, permissions, cancellationToken);
        var added = permissions.Except(before).ToList();
        var removed = before.Except(permissions).ToList();
        await audit.WriteAsync(new AuditEntry(AuditEventTypes.RoleUpdated, role.Name,
            $"修改角色“{role.DisplayName}”，增加权限：{Describe(added)}；移除权限：{Describe(removed)}。"), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    public async Task<OperationResult> DeleteAsync(AnshunRole role, CancellationToken cancellationToken = default)
    {
        if (role.IsSystem)
        {
            return OperationResult.Fail("role", $"角色“{role.DisplayName}”是内置角色，不能删除。");
        }

        var members = await db.UserRoles.CountAsync(ur => ur.RoleId == role.Id, cancellationToken);
        if (members > 0)
        {
            return OperationResult.Fail("role", $"角色“{role.DisplayName}”仍有 {members} 名用户，请先移除这些用户的该角色再删除。");
        }

        await using var transaction = await session.BeginTransactionAsync(cancellationToken);
        await roleManager.DeleteAsync(role);
        await audit.WriteAsync(new AuditEntry(AuditEventTypes.RoleDeleted, role.Name, $"删除角色“{role.DisplayName}”。"), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new OperationResult();
    }

    public Task<int> CountMembersAsync(string roleId, CancellationToken cancellationToken = default) =>
        db.UserRoles.CountAsync(ur => ur.RoleId == roleId, cancellationToken);

    private async Task<OperationResult> ValidateAsync(RoleInput input, AnshunRole? existing, CancellationToken cancellationToken)
    {
        var result = new OperationResult();
        var name = input.Name?.Trim() ?? "";
        if (existing is null || !existing.IsSystem)
        {
            if (name.Length == 0)
            {
                result.AddError("name", "请填写角色标识。");
            }
            else if (!RoleNamePattern().IsMatch(name))
            {
                result.AddError("name", "角色标识须以英文字母开头，由 2 到 64 位英文字母、数字、下划线、点或连字符组成。");
            }
            else if (await roles.FindByNameAsync(name, cancellationToken) is { } other && other.Id != existing?.Id)
            {
                result.AddError("name", $"角色标识“{name}”已存在。");
            }
        }

        var displayName = input.DisplayName?.Trim() ?? "";
        if (displayName.Length == 0)
        {
            result.AddError("displayName", "请填写角色名称。");
        }
        else if (displayName.Length > 100)
        {
            result.AddError("displayName", "角色名称不能超过 100 个字。");
        }

        if (input.Description?.Trim().Length > 500)
        {
            result.AddError("description", "角色说明不能超过 500 个字。");
        }

        var unknown = Distinct(input.Permissions).Where(p => permissionCatalog.Find(p) is null).ToList();
        foreach (var permission in unknown)
        {
            result.AddError("permissions", $"权限“{permission}”不存在（未声明或所属模块未启用）。");
        }

        if (unknown.Count == 0)
        {
            var label = displayName.Length > 0 ? displayName : name;
            if (AdminRemitRules.CheckRole(label, roles.Resolve(input.Permissions)) is { } mixed)
            {
                result.AddError("permissions", mixed);
            }
            else if (existing is not null && await CheckMembersAsync(existing, label, input.Permissions, cancellationToken) is { } conflict)
            {
                result.AddError("permissions", conflict);
            }
        }

        return result;
    }

    /// <summary>A role's new permissions must not give any of its members a second 三员 remit.</summary>
    private async Task<string?> CheckMembersAsync(AnshunRole role, string label, List<string> newPermissions, CancellationToken cancellationToken)
    {
        var memberIds = await db.UserRoles.AsNoTracking().Where(ur => ur.RoleId == role.Id).Select(ur => ur.UserId).ToListAsync(cancellationToken);
        if (memberIds.Count == 0)
        {
            return null;
        }

        var map = await roles.GetPermissionMapAsync(cancellationToken);
        var allRoles = (await roles.GetRolesAsync(cancellationToken)).ToDictionary(r => r.Id);
        var memberships = await db.UserRoles.AsNoTracking().Where(ur => memberIds.Contains(ur.UserId)).ToListAsync(cancellationToken);
        var users = await db.Users.AsNoTracking().Where(u => memberIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, cancellationToken);
        foreach (var group in memberships.GroupBy(m => m.UserId))
        {
            var held = group.Where(m => m.RoleId != role.Id && allRoles.ContainsKey(m.RoleId))
                .Select(m => (allRoles[m.RoleId], (IEnumerable<string>)map.GetValueOrDefault(m.RoleId, [])))
                .Append((new AnshunRole { Name = role.Name, DisplayName = label }, newPermissions));
            if (roles.CheckUser(users[group.Key].DisplayName, held) is { } conflict)
            {
                return conflict;
            }
        }

        return null;
    }

    private async Task SetPermissionsAsync(AnshunRole role, List<string> permissions, CancellationToken cancellationToken)
    {
        var existing = await db.RoleClaims.Where(c => c.RoleId == role.Id && c.ClaimType == AnshunRole.PermissionClaimType).ToListAsync(cancellationToken);
        db.RoleClaims.RemoveRange(existing.Where(c => !permissions.Contains(c.ClaimValue ?? "")));
        foreach (var permission in permissions.Where(p => existing.All(c => c.ClaimValue != p)))
        {
            db.RoleClaims.Add(new IdentityRoleClaim<string> { RoleId = role.Id, ClaimType = AnshunRole.PermissionClaimType, ClaimValue = permission });
        }

        await db.SaveChangesAsync(cancellationToken);
        grants.Invalidate();
    }

    private static List<string> Distinct(IEnumerable<string>? names) =>
        (names ?? []).Select(n => n?.Trim() ?? "").Where(n => n.Length > 0).Distinct(StringComparer.Ordinal).ToList();

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private string Describe(IReadOnlyCollection<string> permissions) =>
        permissions.Count == 0 ? "无" : string.Join("、", permissions.Select(p => permissionCatalog.Find(p)?.DisplayName ?? p));

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_.-]{1,63}$")]
    private static partial Regex RoleNamePattern();
}
