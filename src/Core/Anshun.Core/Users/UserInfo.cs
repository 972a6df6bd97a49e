using Anshun.Core.Security;

namespace Anshun.Core.Users;

/// <summary>A user account as other modules see it.</summary>
public sealed record UserInfo(
    string Id,
    string UserName,
    string DisplayName,
    string? Email,
    string? OfficePhone,
    string? Mobile,
    bool IsEnabled,
    SecretLevel SecretLevel);
