using Anshun.Core.Organization;

namespace Anshun.Users.Models;

/// <summary>A user with roles, units and leader, for the edit form and <c>GET /api/users/{id}</c>.</summary>
public sealed record UserDetail(
    AnshunUser User,
    IReadOnlyList<AnshunRole> Roles,
    IReadOnlyList<(MembershipInfo Membership, OrgUnitInfo? Unit)> Units,
    AnshunUser? Leader,
    DateTime? LockedOutUntilUtc);
