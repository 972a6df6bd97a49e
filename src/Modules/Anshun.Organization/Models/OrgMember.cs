namespace Anshun.Organization.Models;

/// <summary>A member of a unit as shown in lists: the membership plus the user's names when the users module knows them.</summary>
public sealed record OrgMember(
    string UserId,
    string? UserName,
    string? DisplayName,
    string? Position,
    bool IsPrimary,
    bool? IsEnabled);
