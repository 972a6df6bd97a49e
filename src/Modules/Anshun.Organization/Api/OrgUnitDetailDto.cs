using Anshun.Organization.Models;

namespace Anshun.Organization.Api;

/// <summary>Answer of <c>GET /api/org/units/{idOrCode}</c>: the unit, its direct children and its members.</summary>
public sealed record OrgUnitDetailDto(
    OrgUnitDto Unit,
    IReadOnlyList<OrgUnitDto> Children,
    IReadOnlyList<OrgMember> Members);
