using Anshun.Core.Security;

namespace Anshun.Users.Models;

/// <summary>One row of the user list.</summary>
public sealed record UserListItem(
    string Id,
    string UserName,
    string DisplayName,
    string? Email,
    bool IsEnabled,
    SecretLevel SecretLevel,
    DateTime? LockedOutUntilUtc,
    bool TotpEnabled,
    IReadOnlyList<string> RoleNames,
    string? PrimaryUnitName,
    string? Position,
    DateTime? LastLoginUtc);
