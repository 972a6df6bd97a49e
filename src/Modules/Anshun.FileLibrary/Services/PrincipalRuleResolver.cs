using Anshun.Core.Organization;
using Anshun.Core.Security;
using Anshun.Core.Users;
using Anshun.FileLibrary.Models;

namespace Anshun.FileLibrary.Services;

/// <summary>Turns principals named by user name and unit code into rules holding ids.</summary>
public sealed class PrincipalRuleResolver(IUserDirectory users, IOrganizationService organization)
{
    public async Task<PrincipalRule> ResolveAsync(PrincipalInput input, string field, CancellationToken cancellationToken = default)
    {
        if (!Enum.TryParse<PrincipalKind>(input.Kind, ignoreCase: true, out var kind) || !Enum.IsDefined(kind) || int.TryParse(input.Kind, out _))
        {
            throw FileLibraryException.Invalid(field, $"{field} 的类型“{input.Kind}”无效，只能是 User、Role、Unit 或 UnitRole。");
        }

        var value = input.Value?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            throw FileLibraryException.Invalid(field, $"{field} 缺少“value”（用户名、角色名或单位代码）。");
        }

        switch (kind)
        {
            case PrincipalKind.User:
                var user = await users.FindByNameAsync(value, cancellationToken)
                    ?? throw FileLibraryException.Invalid(field, $"{field} 指定的用户“{value}”不存在。");
                return new PrincipalRule(kind, user.Id);
            case PrincipalKind.Role:
                return new PrincipalRule(kind, value);
            default:
                var unit = await organization.FindUnitAsync(value, cancellationToken)
                    ?? throw FileLibraryException.Invalid(field, $"{field} 指定的单位“{value}”不存在。");
                if (kind == PrincipalKind.UnitRole && string.IsNullOrWhiteSpace(input.Role))
                {
                    throw FileLibraryException.Invalid(field, $"{field} 是“单位内角色”，请填写“role”。");
                }

                return new PrincipalRule(kind, unit.Id, kind == PrincipalKind.UnitRole ? input.Role!.Trim() : null);
        }
    }
}
