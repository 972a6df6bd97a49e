namespace Anshun.Organization.Api;

/// <summary>Body of <c>POST /api/org/units/{id}/position</c>: 1-based place among the siblings.</summary>
public sealed record OrgPositionRequest(int? Position);
