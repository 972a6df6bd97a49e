namespace Anshun.PortalTheme.ViewModels;

/// <summary>The signed-in person as the portal shows them: name, units and positions, account facts.</summary>
/// <param name="RoleDisplayNames">Empty when the users module does not offer role names.</param>
public sealed record StaffProfile(
    string UserId,
    string UserName,
    string DisplayName,
    IReadOnlyList<UnitPosition> Units,
    IReadOnlyList<string> RoleDisplayNames,
    string? Email,
    string? OfficePhone,
    string? SecretLevelName,
    DateTime? LastLoginUtc);
