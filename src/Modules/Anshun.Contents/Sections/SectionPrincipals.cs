using Anshun.Contents.Services;
using Anshun.Core.Organization;
using Anshun.Core.Security;
using Anshun.Core.Users;
using Anshun.Users.Services;

namespace Anshun.Contents.Sections;

/// <summary>
/// Turns principals as people and recipes name them (user name, role name, unit code) into stored rules
/// (user id, role name, unit id), and stored rules back into Chinese labels for pages and the API.
/// </summary>
public sealed class SectionPrincipals(IUserDirectory users, RoleCatalog roles, IOrganizationService organization)
{
    /// <summary>Parses a kind name (User, Role, Unit, UnitRole), case-insensitively.</summary>
    public static bool TryParseKind(string? text, out PrincipalKind kind) =>
        Enum.TryParse(text?.Trim(), ignoreCase: true, out kind) && Enum.IsDefined(kind) && !int.TryParse(text, out _);

    /// <summary>
    /// Resolves <paramref name="value"/> (user id or user name; role name; unit id or code) and, for
    /// <see cref="PrincipalKind.UnitRole"/>, <paramref name="role"/>; errors name <paramref name="field"/>.
    /// </summary>
    public async Task<PrincipalRule> ResolveAsync(string? kindText, string? value, string? role, string field, CancellationToken cancellationToken)
    {
        if (!TryParseKind(kindText, out var kind))
        {
            throw new ContentValidationException(field, $"授权对象类型“{kindText}”无效，应为 User（人员）、Role（角色）、Unit（单位）或 UnitRole（单位+角色）。");
        }

        value = value?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            throw new ContentValidationException(field, kind switch
            {
                PrincipalKind.User => "请填写授权人员的用户名。",
                PrincipalKind.Role => "请选择授权角色。",
                _ => "请选择授权单位。",
            });
        }

        switch (kind)
        {
            case PrincipalKind.User:
                var user = await users.FindByIdAsync(value, cancellationToken) ?? await users.FindByNameAsync(value, cancellationToken)
                    ?? throw new ContentValidationException(field, $"用户“{value}”不存在。");
                return new PrincipalRule(PrincipalKind.User, user.Id);
            case PrincipalKind.Role:
                return new PrincipalRule(PrincipalKind.Role, await RoleNameAsync(value, field, cancellationToken));
            case PrincipalKind.Unit:
                return new PrincipalRule(PrincipalKind.Unit, await UnitIdAsync(value, field, cancellationToken));
            default:
                var unitId = await UnitIdAsync(value, field, cancellationToken);
                if (string.IsNullOrWhiteSpace(role))
                {
                    throw new ContentValidationException(field, "“单位+角色”授权请同时选择角色。");
                }

                return new PrincipalRule(PrincipalKind.UnitRole, unitId, await RoleNameAsync(role.Trim(), field, cancellationToken));
        }
    }

    /// <summary>A Chinese label: 人员：李明（jyj_editor）, 角色：部门编辑, 单位：安顺市教育局, 安顺市教育局的部门编辑.</summary>
    public async Task<string> DescribeAsync(PrincipalRule rule, CancellationToken cancellationToken)
    {
        switch (rule.Kind)
        {
            case PrincipalKind.User:
                var user = await users.FindByIdAsync(rule.Value, cancellationToken);
                return user is null ? $"人员：已删除的用户（{rule.Value}）" : $"人员：{user.DisplayName}（{user.UserName}）";
            case PrincipalKind.Role:
                return $"角色：{await RoleLabelAsync(rule.Value, cancellationToken)}";
            case PrincipalKind.Unit:
                return $"单位：{await UnitLabelAsync(rule.Value, cancellationToken)}（含下级单位）";
            default:
                return $"单位+角色：{await UnitLabelAsync(rule.Value, cancellationToken)}的{await RoleLabelAsync(rule.Role ?? "", cancellationToken)}";
        }
    }

    private async Task<string> RoleNameAsync(string name, string field, CancellationToken cancellationToken) =>
        (await roles.FindByNameAsync(name, cancellationToken))?.Name
            ?? throw new ContentValidationException(field, $"角色“{name}”不存在。");

    /// <summary>A unit's id from its id or code; errors name <paramref name="field"/>.</summary>
    public Task<string> ResolveUnitAsync(string idOrCode, string field, CancellationToken cancellationToken) =>
        UnitIdAsync(idOrCode.Trim(), field, cancellationToken);

    private async Task<string> UnitIdAsync(string idOrCode, string field, CancellationToken cancellationToken) =>
        (await organization.FindUnitAsync(idOrCode, cancellationToken))?.Id
            ?? throw new ContentValidationException(field, $"单位“{idOrCode}”不存在。");

    private async Task<string> RoleLabelAsync(string name, CancellationToken cancellationToken) =>
        await roles.FindByNameAsync(name, cancellationToken) is { } role && !string.IsNullOrEmpty(role.DisplayName) ? role.DisplayName : name;

    private async Task<string> UnitLabelAsync(string unitId, CancellationToken cancellationToken) =>
        (await organization.FindUnitAsync(unitId, cancellationToken))?.Name ?? $"已删除的单位（{unitId}）";
}
