namespace Anshun.Users.Models;

/// <summary>Body of <c>POST /api/auth/totp/enroll</c>: a code from the authenticator app.</summary>
public sealed record TotpCodeRequest(string? Code);
