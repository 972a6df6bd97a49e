namespace Anshun.Users.Models;

/// <summary>Body of <c>PUT /api/users/{id}/secret-level</c>: Public, Internal, Secret or Confidential.</summary>
public sealed record SecretLevelRequest(string? SecretLevel);
