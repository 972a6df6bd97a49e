namespace Anshun.Organization.Api;

/// <summary>Body of <c>POST /api/org/units/{id}/move</c>: the new parent's id or code, null for the top level.</summary>
public sealed record OrgMoveRequest(string? ParentId);
