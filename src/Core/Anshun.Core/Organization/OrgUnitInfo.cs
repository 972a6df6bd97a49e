namespace Anshun.Core.Organization;

/// <summary>An org unit (组织机构) as other modules see it.</summary>
/// <param name="Path">Ids from the root to this unit, joined by '/', for subtree queries.</param>
public sealed record OrgUnitInfo(
    string Id,
    string? ParentId,
    string Code,
    string Name,
    OrgUnitKind Kind,
    int SortOrder,
    string Path,
    bool IsActive);
