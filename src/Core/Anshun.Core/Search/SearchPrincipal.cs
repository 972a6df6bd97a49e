using Anshun.Core.Security;

namespace Anshun.Core.Search;

/// <summary>
/// A principal as an index term: <c>u:&lt;userId&gt;</c>, <c>r:&lt;role&gt;</c>, <c>o:&lt;unitId&gt;</c>,
/// <c>ur:&lt;unitId&gt;/&lt;role&gt;</c> or <c>p:&lt;permission&gt;</c>. Documents store the terms of their
/// gates; a query is filtered by the terms of the reader (<see cref="Of"/>).
/// </summary>
public sealed record SearchPrincipal(string Term)
{
    public static SearchPrincipal User(string userId) => new("u:" + userId);

    public static SearchPrincipal Role(string role) => new("r:" + role);

    public static SearchPrincipal Unit(string unitId) => new("o:" + unitId);

    public static SearchPrincipal UnitRole(string unitId, string role) => new("ur:" + unitId + "/" + role);

    public static SearchPrincipal Permission(string permission) => new("p:" + permission);

    /// <summary>The term of a rule as sections and folders store it.</summary>
    public static SearchPrincipal From(PrincipalRule rule) => rule.Kind switch
    {
        PrincipalKind.User => User(rule.Value),
        PrincipalKind.Role => Role(rule.Value),
        PrincipalKind.Unit => Unit(rule.Value),
        PrincipalKind.UnitRole => UnitRole(rule.Value, rule.Role ?? ""),
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule.Kind, "未知的授权对象类型。"),
    };

    /// <summary>
    /// Every term the reader holds, matching <see cref="AccessSubject.Matches"/>: a unit-role rule opens for
    /// a person who is in the unit (or below it) and holds the role.
    /// </summary>
    public static IReadOnlySet<string> Of(AccessSubject subject)
    {
        var terms = new HashSet<string>(StringComparer.Ordinal);
        if (subject.UserId is { } userId)
        {
            terms.Add(User(userId).Term);
        }

        foreach (var role in subject.Roles)
        {
            terms.Add(Role(role).Term);
        }

        foreach (var unit in subject.UnitIds)
        {
            terms.Add(Unit(unit).Term);
            foreach (var role in subject.Roles)
            {
                terms.Add(UnitRole(unit, role).Term);
            }
        }

        foreach (var permission in subject.Permissions)
        {
            terms.Add(Permission(permission).Term);
        }

        return terms;
    }
}
