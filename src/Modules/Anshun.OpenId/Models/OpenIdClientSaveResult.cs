namespace Anshun.OpenId.Models;

/// <summary>
/// The outcome of registering or editing a client: field errors (nothing saved), or the saved client
/// and, at creation of a confidential client only, its secret (shown once, stored hashed).
/// </summary>
public sealed record OpenIdClientSaveResult(
    IReadOnlyDictionary<string, string[]>? Errors,
    OpenIdClientInfo? Client,
    string? ClientSecret)
{
    public bool Succeeded => Errors is null;
}
