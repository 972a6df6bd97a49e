namespace Anshun.Users.Models;

/// <summary>What a system administrator (or a recipe) gives to create or change a user account.</summary>
public sealed class UserInput
{
    public string? UserName { get; set; }

    /// <summary>姓名.</summary>
    public string? DisplayName { get; set; }

    public string? Email { get; set; }

    public string? OfficePhone { get; set; }

    public string? Mobile { get; set; }

    /// <summary>Initial password when creating; ignored when editing (passwords are reset separately).</summary>
    public string? Password { get; set; }

    /// <summary>Role names.</summary>
    public List<string> Roles { get; set; } = [];

    public List<UnitAssignment> Units { get; set; } = [];

    /// <summary>分管领导: a user name or id; empty for none.</summary>
    public string? Leader { get; set; }
}
