using Anshun.Users.Models;

namespace Anshun.Users.Recipes;

/// <summary>One user in a <c>users</c> recipe step.</summary>
public sealed class UserRecipeModel
{
    public string? UserName { get; set; }

    public string? DisplayName { get; set; }

    public string? Password { get; set; }

    public string? Email { get; set; }

    public string? OfficePhone { get; set; }

    public string? Mobile { get; set; }

    public List<string> Roles { get; set; } = [];

    /// <summary>密级: Public/Internal/Secret/Confidential or 公开/内部/秘密/机密.</summary>
    public string? SecretLevel { get; set; }

    public bool? MustChangePassword { get; set; }

    public List<UnitAssignment> Units { get; set; } = [];

    /// <summary>分管领导's user name.</summary>
    public string? Leader { get; set; }
}
