using Anshun.Core.Security;

namespace Anshun.Users.Services;

/// <summary>
/// What access decisions need to know about an account, read together: whether it is enabled, its
/// security stamp (the sign-in cookie must carry the same), 密级, roles, the permissions of those roles
/// and the units of its memberships with all their ancestors.
/// </summary>
public sealed record UserSecuritySnapshot(
    bool IsEnabled,
    string? SecurityStamp,
    SecretLevel SecretLevel,
    IReadOnlySet<string> Roles,
    IReadOnlySet<string> Permissions,
    IReadOnlySet<string> UnitIds)
{
    public static readonly UserSecuritySnapshot Missing = new(
        false, null, SecretLevel.Public, new HashSet<string>(), new HashSet<string>(), new HashSet<string>());
}
