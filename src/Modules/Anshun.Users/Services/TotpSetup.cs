namespace Anshun.Users.Services;

/// <summary>What an authenticator app needs: the shared key (shown in groups of four) and the <c>otpauth://</c> URI.</summary>
public sealed record TotpSetup(string SharedKey, string AuthenticatorUri);
