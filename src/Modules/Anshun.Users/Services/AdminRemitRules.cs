using Anshun.Core.Security;

namespace Anshun.Users.Services;

/// <summary>
/// 三员分立: a role may hold permissions of at most one administrator remit, and an account may
/// hold roles of at most one remit. Returns the Chinese reason when a rule is broken, null otherwise.
/// </summary>
public static class AdminRemitRules
{
    public static IReadOnlySet<AdminRemit> RemitsOf(IEnumerable<Permission> permissions) =>
        permissions.Select(p => p.Remit).Where(r => r != AdminRemit.None).ToHashSet();

    /// <summary>Checks one role's permission set.</summary>
    public static string? CheckRole(string roleDisplayName, IEnumerable<Permission> permissions)
    {
        var byRemit = permissions.Where(p => p.Remit != AdminRemit.None)
            .GroupBy(p => p.Remit).OrderBy(g => g.Key).ToList();
        if (byRemit.Count < 2)
        {
            return null;
        }

        var first = byRemit[0].First();
        var second = byRemit[1].First();
        return $"三员分立：角色“{roleDisplayName}”不能同时包含{AdminRemitNames.DisplayName(first.Remit)}权限“{first.DisplayName}”"
            + $"和{AdminRemitNames.DisplayName(second.Remit)}权限“{second.DisplayName}”。";
    }

    /// <summary>Checks the roles one account would hold: each role with its permissions.</summary>
    public static string? CheckUser(string userDisplayName, IEnumerable<(string RoleDisplayName, IEnumerable<Permission> Permissions)> roles)
    {
        var seen = new Dictionary<AdminRemit, string>();
        foreach (var (roleName, permissions) in roles)
        {
            foreach (var remit in RemitsOf(permissions))
            {
                var other = seen.FirstOrDefault(s => s.Key != remit);
                if (other.Value is not null)
                {
                    return $"三员分立：用户“{userDisplayName}”不能同时担任{AdminRemitNames.DisplayName(other.Key)}（角色“{other.Value}”）"
                        + $"和{AdminRemitNames.DisplayName(remit)}（角色“{roleName}”）。";
                }

                seen.TryAdd(remit, roleName);
            }
        }

        return null;
    }
}
