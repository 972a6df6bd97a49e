using Anshun.Core.Organization;

namespace Anshun.Organization.Models;

/// <summary>A unit as a recipe's <c>orgunits</c> step declares it, with its children in order.</summary>
public sealed record OrgUnitDefinition(
    string Code,
    string Name,
    string? ShortName,
    OrgUnitKind Kind,
    string? Phone,
    string? Address,
    IReadOnlyList<OrgUnitDefinition> Children);
