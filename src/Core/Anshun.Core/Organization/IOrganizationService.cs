namespace Anshun.Core.Organization;

/// <summary>
/// The org tree (组织机构) and who belongs where. Implemented by the organization module; other
/// modules use this interface, never its tables.
/// </summary>
public interface IOrganizationService
{
    /// <summary>Every unit, parents before children, siblings by sort order.</summary>
    Task<IReadOnlyList<OrgUnitInfo>> GetUnitsAsync(CancellationToken cancellationToken = default);

    /// <summary>Finds a unit by id or by code.</summary>
    Task<OrgUnitInfo?> FindUnitAsync(string idOrCode, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<MembershipInfo>> GetMembershipsAsync(string userId, CancellationToken cancellationToken = default);

    /// <summary>Replaces the user's memberships; exactly one is primary when any are given.</summary>
    Task SetMembershipsAsync(string userId, IReadOnlyList<MembershipInfo> memberships, CancellationToken cancellationToken = default);

    /// <summary>Members of a unit, and of its descendants when asked.</summary>
    Task<IReadOnlyList<MembershipInfo>> GetMembersAsync(string unitId, bool includeDescendants, CancellationToken cancellationToken = default);

    /// <summary>The user's leader (分管领导), a user id.</summary>
    Task<string?> GetLeaderAsync(string userId, CancellationToken cancellationToken = default);

    Task SetLeaderAsync(string userId, string? leaderUserId, CancellationToken cancellationToken = default);
}
