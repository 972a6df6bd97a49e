namespace Anshun.Organization.Models;

/// <summary>A user's membership (任职) in a unit, with the position (职务) held there.</summary>
public sealed class OrgMembership
{
    /// <summary>The Identity user id from the users module; no foreign key crosses modules.</summary>
    public string UserId { get; set; } = "";

    public string UnitId { get; set; } = "";

    /// <summary>职务, e.g. 副局长.</summary>
    public string? Position { get; set; }

    /// <summary>The user's main unit (主要任职单位); exactly one of a user's memberships is primary.</summary>
    public bool IsPrimary { get; set; }

    /// <summary>The member's place in the unit's member list (e.g. 局长 before 副局长).</summary>
    public int SortOrder { get; set; }
}
