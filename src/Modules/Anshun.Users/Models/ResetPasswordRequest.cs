namespace Anshun.Users.Models;

/// <summary>Body of <c>POST /api/users/{id}/reset-password</c>; without a password a strong one is generated and returned once.</summary>
public sealed record ResetPasswordRequest(string? Password);
