using Anshun.Organization.Models;

namespace Anshun.Organization.ViewModels;

/// <summary>The move form: the unit and the units it may be moved under (never itself or its descendants).</summary>
public sealed class OrgMoveViewModel
{
    public required OrgUnit Unit { get; init; }

    public required IReadOnlyList<OrgUnit> Targets { get; init; }

    public string? ParentId { get; set; }
}
