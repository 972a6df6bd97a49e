namespace Anshun.Users.Models;

/// <summary>任职: a unit (id or code), the position (职务) held there, and whether it is the primary unit.</summary>
public sealed class UnitAssignment
{
    public string? Unit { get; set; }

    public string? Position { get; set; }

    public bool Primary { get; set; }
}
