namespace Anshun.Users.Recipes;

/// <summary>One role in a <c>roles</c> recipe step.</summary>
public sealed class RoleRecipeModel
{
    public string? Name { get; set; }

    public string? DisplayName { get; set; }

    public string? Description { get; set; }

    public bool IsSystem { get; set; }

    public List<string> Permissions { get; set; } = [];
}
