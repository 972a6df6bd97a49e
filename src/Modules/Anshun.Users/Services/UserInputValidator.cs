using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;
using Anshun.Core.Organization;
using Anshun.Users.Data;
using Anshun.Users.Models;
using Microsoft.EntityFrameworkCore;

namespace Anshun.Users.Services;

/// <summary>
/// Checks a <see cref="UserInput"/> field by field, in Chinese, and resolves its references (roles,
/// units, leader) so the service can save without a second look-up. Password rules are checked by Identity.
/// </summary>
public sealed partial class UserInputValidator(UsersDbContext db, RoleCatalog roles, IOrganizationService organization)
{
    public async Task<ResolvedUserInput> ValidateAsync(UserInput input, AnshunUser? existing, CancellationToken cancellationToken)
    {
        var result = new OperationResult();
        var resolved = new ResolvedUserInput(result);
        await CheckUserNameAsync(input, existing, result, cancellationToken);

        var displayName = input.DisplayName?.Trim() ?? "";
        if (displayName.Length == 0)
        {
            result.AddError("displayName", "请填写姓名。");
        }
        else if (displayName.Length > 100)
        {
            result.AddError("displayName", "姓名不能超过 100 个字。");
        }

        var email = input.Email?.Trim();
        if (!string.IsNullOrEmpty(email) && (email.Length > 256 || !new EmailAddressAttribute().IsValid(email)))
        {
            result.AddError("email", $"电子邮箱“{email}”格式不正确。");
        }

        if (!string.IsNullOrWhiteSpace(input.OfficePhone) && !OfficePhonePattern().IsMatch(input.OfficePhone.Trim()))
        {
            result.AddError("officePhone", "办公电话只能包含数字、空格、括号和连字符，最多 30 位，例如 0851-33222001。");
        }

        if (!string.IsNullOrWhiteSpace(input.Mobile) && !MobilePattern().IsMatch(input.Mobile.Trim()))
        {
            result.AddError("mobile", "手机号码应为以 1 开头的 11 位数字。");
        }

        await ResolveRolesAsync(input, displayName.Length > 0 ? displayName : input.UserName ?? "", resolved, cancellationToken);
        await ResolveUnitsAsync(input.Units, resolved, cancellationToken);
        if (!string.IsNullOrWhiteSpace(input.Leader))
        {
            resolved.LeaderId = await ResolveLeaderAsync(input.Leader, existing, result, cancellationToken);
        }

        return resolved;
    }

    /// <summary>A leader given by user name or id; must exist and not be the user.</summary>
    public async Task<string?> ResolveLeaderAsync(string leader, AnshunUser? user, OperationResult result, CancellationToken cancellationToken)
    {
        var key = leader.Trim();
        var normalized = key.ToUpperInvariant();
        var found = await db.Users.AsNoTracking()
            .Where(u => u.NormalizedUserName == normalized || u.Id == key)
            .Select(u => u.Id).FirstOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            result.AddError("leader", $"分管领导“{key}”不存在。");
        }
        else if (found == user?.Id)
        {
            result.AddError("leader", "不能把用户本人设为自己的分管领导。");
        }

        return found;
    }

    public async Task ResolveUnitsAsync(IEnumerable<UnitAssignment>? units, ResolvedUserInput resolved, CancellationToken cancellationToken)
    {
        var result = resolved.Result;
        var list = (units ?? []).Where(u => !string.IsNullOrWhiteSpace(u.Unit)).ToList();
        foreach (var assignment in list)
        {
            var unit = await organization.FindUnitAsync(assignment.Unit!.Trim(), cancellationToken);
            if (unit is null)
            {
                result.AddError("units", $"组织机构“{assignment.Unit}”不存在。");
                continue;
            }

            if (assignment.Position?.Trim().Length > 100)
            {
                result.AddError("units", $"在“{unit.Name}”的职务不能超过 100 个字。");
            }

            if (resolved.Units.Any(u => u.UnitId == unit.Id))
            {
                result.AddError("units", $"组织机构“{unit.Name}”重复出现。");
                continue;
            }

            resolved.Units.Add(new MembershipInfo("", unit.Id, string.IsNullOrWhiteSpace(assignment.Position) ? null : assignment.Position.Trim(), assignment.Primary));
            resolved.UnitNames.Add(unit.Name);
        }

        var primaries = resolved.Units.Count(u => u.IsPrimary);
        if (primaries > 1)
        {
            result.AddError("units", "只能指定一个主要任职单位。");
        }
        else if (primaries == 0 && resolved.Units.Count > 0)
        {
            resolved.Units[0] = resolved.Units[0] with { IsPrimary = true };
        }
    }

    private async Task CheckUserNameAsync(UserInput input, AnshunUser? existing, OperationResult result, CancellationToken cancellationToken)
    {
        var userName = input.UserName?.Trim() ?? "";
        if (existing is not null)
        {
            if (userName.Length > 0 && !string.Equals(userName, existing.UserName, StringComparison.OrdinalIgnoreCase))
            {
                result.AddError("userName", "用户名创建后不能修改。");
            }

            return;
        }

        if (userName.Length == 0)
        {
            result.AddError("userName", "请填写用户名。");
        }
        else if (!UserNamePattern().IsMatch(userName))
        {
            result.AddError("userName", "用户名须由 2 到 64 位英文字母、数字或 . _ @ - 组成。");
        }
        else if (await db.Users.AnyAsync(u => u.NormalizedUserName == userName.ToUpperInvariant(), cancellationToken))
        {
            result.AddError("userName", $"用户名“{userName}”已被使用。");
        }
    }

    private async Task ResolveRolesAsync(UserInput input, string label, ResolvedUserInput resolved, CancellationToken cancellationToken)
    {
        var map = await roles.GetPermissionMapAsync(cancellationToken);
        foreach (var name in (input.Roles ?? []).Select(r => r?.Trim() ?? "").Where(r => r.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var role = await roles.FindByNameAsync(name, cancellationToken);
            if (role is null)
            {
                resolved.Result.AddError("roles", $"角色“{name}”不存在。");
                continue;
            }

            resolved.Roles.Add((role, map.GetValueOrDefault(role.Id, [])));
        }

        if (roles.CheckUser(label, resolved.Roles.Select(r => (r.Role, (IEnumerable<string>)r.Permissions))) is { } conflict)
        {
            resolved.Result.AddError("roles", conflict);
        }
    }

    [GeneratedRegex("^[A-Za-z0-9._@-]{2,64}$")]
    private static partial Regex UserNamePattern();

    [GeneratedRegex(@"^[0-9()（）\- ]{3,30}$")]
    private static partial Regex OfficePhonePattern();

    [GeneratedRegex("^1[0-9]{10}$")]
    private static partial Regex MobilePattern();
}
