namespace Anshun.Core.Organization;

/// <summary>A user's place in a unit: 职务 (position) and whether it is the primary unit.</summary>
public sealed record MembershipInfo(string UserId, string UnitId, string? Position, bool IsPrimary);
