namespace Anshun.OpenId.Models;

/// <summary>A registered client application as the admin page and the API show it (never its secret).</summary>
public sealed record OpenIdClientInfo(
    string ClientId,
    string DisplayName,
    string Type,
    IReadOnlyList<string> RedirectUris,
    IReadOnlyList<string> PostLogoutRedirectUris,
    bool AllowAuthorizationCode,
    bool AllowClientCredentials,
    bool AllowRefreshToken,
    IReadOnlyList<string> Roles);
