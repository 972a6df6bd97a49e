namespace Anshun.Users.ViewModels;

/// <summary>One row of the role list.</summary>
public sealed record RoleListItem(string Id, string Name, string DisplayName, string? Description, bool IsSystem, string? RemitName, int PermissionCount, int MemberCount);
