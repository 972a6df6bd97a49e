namespace Anshun.Users.ViewModels;

/// <summary>One 任职 row of the user form.</summary>
public sealed class UnitRowInput
{
    /// <summary>Unit id; empty rows are ignored.</summary>
    public string? Unit { get; set; }

    /// <summary>职务.</summary>
    public string? Position { get; set; }
}
