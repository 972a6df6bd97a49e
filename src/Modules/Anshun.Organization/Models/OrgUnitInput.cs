using Anshun.Core.Organization;

namespace Anshun.Organization.Models;

/// <summary>What an administrator (or the API) submits to create or edit a unit. Strings are trimmed; blanks mean none.</summary>
/// <param name="ParentId">The parent's id (or code) when creating; ignored on edit (moving is its own action).</param>
public sealed record OrgUnitInput(
    string? Code,
    string? Name,
    string? ShortName,
    OrgUnitKind? Kind,
    string? ParentId = null,
    string? Phone = null,
    string? Address = null);
