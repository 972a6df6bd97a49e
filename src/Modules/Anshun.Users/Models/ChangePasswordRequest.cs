namespace Anshun.Users.Models;

/// <summary>Body of <c>POST /api/auth/password</c>.</summary>
public sealed record ChangePasswordRequest(string? CurrentPassword, string? NewPassword);
