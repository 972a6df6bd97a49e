namespace Anshun.Users.Models;

/// <summary>What an administrator (or a recipe) gives to create or change a role.</summary>
public sealed class RoleInput
{
    /// <summary>角色标识: stable, ASCII (e.g. <c>DepartmentEditor</c>).</summary>
    public string? Name { get; set; }

    /// <summary>角色名称.</summary>
    public string? DisplayName { get; set; }

    public string? Description { get; set; }

    public List<string> Permissions { get; set; } = [];
}
