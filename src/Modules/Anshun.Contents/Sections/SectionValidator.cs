using Anshun.Contents.Models;
using Anshun.Contents.Services;
using Anshun.Core.Organization;
using Anshun.Core.Security;
using Anshun.Core.Users;
using Anshun.Users.Services;

namespace Anshun.Contents.Sections;

/// <summary>
/// Checks a section before it is saved and throws <see cref="ContentValidationException"/> naming the
/// field (<c>code</c>, <c>name</c>, <c>parentId</c>, <c>ownerUnitId</c>, <c>contentTypes</c>, <c>rules</c>).
/// </summary>
public sealed class SectionValidator(
    IOrganizationService organization,
    IContentDefinitionStore definitions,
    IUserDirectory users,
    RoleCatalog roles)
{
    /// <summary>Validates <paramref name="section"/> against the current tree (<paramref name="all"/>).</summary>
    public async Task ValidateAsync(SectionInfo section, IReadOnlyList<SectionInfo> all, CancellationToken cancellationToken)
    {
        var code = SectionRules.Clean(section.Code);
        if (code is null)
        {
            throw new ContentValidationException("code", "请填写栏目代码。");
        }

        if (!SectionRules.CodePattern().IsMatch(code))
        {
            throw new ContentValidationException("code", "栏目代码只能由小写字母、数字和连字符组成，以字母或数字开头，最长 64 个字符。");
        }

        if (all.FirstOrDefault(s => s.Code == code && s.Id != section.Id) is { } taken)
        {
            throw new ContentValidationException("code", $"栏目代码“{code}”已被栏目“{taken.Name}”使用。");
        }

        var name = SectionRules.Clean(section.Name);
        if (name is null)
        {
            throw new ContentValidationException("name", "请填写栏目名称。");
        }

        if (name.Length > SectionRules.NameMaxLength)
        {
            throw new ContentValidationException("name", $"栏目名称不能超过 {SectionRules.NameMaxLength} 个字符。");
        }

        if (section.Description is { Length: > SectionRules.DescriptionMaxLength })
        {
            throw new ContentValidationException("description", $"栏目说明不能超过 {SectionRules.DescriptionMaxLength} 个字符。");
        }

        ValidateParent(section, all);
        await ValidateOwnerUnitAsync(section.OwnerUnitId, cancellationToken);
        await ValidateContentTypesAsync(section.ContentTypes, cancellationToken);
        foreach (var rule in section.Rules)
        {
            await ValidateRuleAsync(rule.Principal, cancellationToken);
        }
    }

    private static void ValidateParent(SectionInfo section, IReadOnlyList<SectionInfo> all)
    {
        if (section.ParentId is null)
        {
            return;
        }

        var parent = all.FirstOrDefault(s => s.Id == section.ParentId)
            ?? throw new ContentValidationException("parentId", "上级栏目不存在。");
        if (!string.IsNullOrEmpty(section.Id)
            && (parent.Id == section.Id || parent.Path.Split('/').Contains(section.Id, StringComparer.Ordinal)))
        {
            throw new ContentValidationException("parentId", "上级栏目不能是该栏目本身或它的下级栏目。");
        }
    }

    private async Task ValidateOwnerUnitAsync(string? ownerUnitId, CancellationToken cancellationToken)
    {
        if (ownerUnitId is not null && await organization.FindUnitAsync(ownerUnitId, cancellationToken) is null)
        {
            throw new ContentValidationException("ownerUnitId", "所属单位不存在。");
        }
    }

    private async Task ValidateContentTypesAsync(IReadOnlyList<string> contentTypes, CancellationToken cancellationToken)
    {
        foreach (var type in contentTypes)
        {
            var definition = await definitions.GetTypeAsync(type, cancellationToken);
            if (definition is null)
            {
                throw new ContentValidationException("contentTypes", $"内容类型“{type}”不存在。");
            }

            if (!definition.Parts.Contains(ContentParts.Section))
            {
                throw new ContentValidationException("contentTypes", $"内容类型“{definition.DisplayName}”没有“所属栏目”部件，不能放在栏目中。");
            }
        }
    }

    /// <summary>Throws when the principal names no existing user, role or unit.</summary>
    public async Task ValidateRuleAsync(PrincipalRule principal, CancellationToken cancellationToken)
    {
        switch (principal.Kind)
        {
            case PrincipalKind.User:
                if (await users.FindByIdAsync(principal.Value, cancellationToken) is null)
                {
                    throw new ContentValidationException("rules", $"授权中的人员“{principal.Value}”不存在。");
                }

                break;
            case PrincipalKind.Role:
                await RequireRoleAsync(principal.Value, cancellationToken);
                break;
            case PrincipalKind.Unit:
                await RequireUnitAsync(principal.Value, cancellationToken);
                break;
            case PrincipalKind.UnitRole:
                await RequireUnitAsync(principal.Value, cancellationToken);
                if (principal.Role is null)
                {
                    throw new ContentValidationException("rules", "“单位+角色”授权必须指定角色。");
                }

                await RequireRoleAsync(principal.Role, cancellationToken);
                break;
            default:
                throw new ContentValidationException("rules", "授权对象的类型无效。");
        }
    }

    private async Task RequireRoleAsync(string roleName, CancellationToken cancellationToken)
    {
        if (await roles.FindByNameAsync(roleName, cancellationToken) is null)
        {
            throw new ContentValidationException("rules", $"授权中的角色“{roleName}”不存在。");
        }
    }

    private async Task RequireUnitAsync(string unitId, CancellationToken cancellationToken)
    {
        if (await organization.FindUnitAsync(unitId, cancellationToken) is null)
        {
            throw new ContentValidationException("rules", $"授权中的单位“{unitId}”不存在。");
        }
    }
}
