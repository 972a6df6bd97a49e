namespace Anshun.Core.Security;

/// <summary>
/// Who is asking, resolved once per request for access rules (sections, folders, search
/// trimming): the user, their roles, and the units they belong to together with every ancestor
/// of those units (a member of 教育局办公室 is inside 教育局 for a unit rule).
/// </summary>
/// <param name="UserId">Null for an application (client-credentials token) or an anonymous caller.</param>
public sealed record AccessSubject(
    string? UserId,
    IReadOnlySet<string> Roles,
    IReadOnlySet<string> UnitIds,
    IReadOnlySet<string> Permissions,
    SecretLevel SecretLevel)
{
    public static AccessSubject Anonymous { get; } = new(
        null, new HashSet<string>(), new HashSet<string>(), new HashSet<string>(), SecretLevel.Public);

    public bool IsAuthenticated => UserId is not null || Roles.Count > 0;

    public bool HasPermission(string permission) => Permissions.Contains(permission);

    public bool Matches(PrincipalRule rule) => rule.Kind switch
    {
        PrincipalKind.User => UserId is not null && string.Equals(UserId, rule.Value, StringComparison.Ordinal),
        PrincipalKind.Role => Roles.Contains(rule.Value),
        PrincipalKind.Unit => UnitIds.Contains(rule.Value),
        PrincipalKind.UnitRole => UnitIds.Contains(rule.Value) && rule.Role is not null && Roles.Contains(rule.Role),
        _ => false,
    };

    public bool MatchesAny(IEnumerable<PrincipalRule> rules) => rules.Any(Matches);
}
