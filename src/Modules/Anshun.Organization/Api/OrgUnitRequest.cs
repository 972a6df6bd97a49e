namespace Anshun.Organization.Api;

/// <summary>Body of <c>POST /api/org/units</c> and <c>PUT /api/org/units/{id}</c>; <c>kind</c> by name (<c>Department</c>).</summary>
public sealed record OrgUnitRequest(
    string? Code,
    string? Name,
    string? ShortName,
    string? Kind,
    string? ParentId,
    string? Phone,
    string? Address);
