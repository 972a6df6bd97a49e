using System.Collections.Immutable;
using System.Security.Claims;
using Anshun.Users.Models;
using Microsoft.AspNetCore.Identity;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Anshun.OpenId.Services;

/// <summary>
/// Builds the identities OpenIddict turns into tokens: a user's (subject = user id, name claims by
/// the granted scopes) and a client application's for client credentials (subject = client id).
/// </summary>
public sealed class OpenIdPrincipalFactory(UserManager<AnshunUser> users)
{
    /// <summary>Scopes a user's token may carry.</summary>
    public static readonly ImmutableArray<string> UserScopes =
        [Scopes.OpenId, Scopes.Profile, Scopes.Email, Scopes.Roles, Scopes.OfflineAccess, OpenIdConstants.ApiScope];

    public async Task<ClaimsPrincipal> CreateForUserAsync(AnshunUser user, IEnumerable<string> requestedScopes)
    {
        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, user.Id)
            .SetClaim(Claims.Name, string.IsNullOrEmpty(user.DisplayName) ? user.UserName : user.DisplayName)
            .SetClaim(Claims.PreferredUsername, user.UserName)
            .SetClaim(Claims.Email, user.Email)
            .SetClaim(OpenIdConstants.UserTokenClaim, "1");
        identity.SetClaims(Claims.Role, [.. await users.GetRolesAsync(user)]);
        identity.SetScopes(requestedScopes.Intersect(UserScopes, StringComparer.Ordinal));
        identity.SetDestinations(claim => UserDestinations(claim, identity));
        return new ClaimsPrincipal(identity);
    }

    public static ClaimsPrincipal CreateForClient(string clientId, string? displayName, IEnumerable<string> requestedScopes)
    {
        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, clientId)
            .SetClaim(Claims.Name, displayName ?? clientId)
            .SetClaim(OpenIdConstants.ClientClaim, clientId);
        identity.SetScopes(requestedScopes.Where(s => s == OpenIdConstants.ApiScope));
        identity.SetDestinations(_ => [Destinations.AccessToken]);
        return new ClaimsPrincipal(identity);
    }

    private static IEnumerable<string> UserDestinations(Claim claim, ClaimsIdentity identity)
    {
        switch (claim.Type)
        {
            case Claims.Name or Claims.PreferredUsername:
                yield return Destinations.AccessToken;
                if (identity.HasScope(Scopes.Profile))
                {
                    yield return Destinations.IdentityToken;
                }

                yield break;
            case Claims.Email:
                yield return Destinations.AccessToken;
                if (identity.HasScope(Scopes.Email))
                {
                    yield return Destinations.IdentityToken;
                }

                yield break;
            case Claims.Role:
                yield return Destinations.AccessToken;
                if (identity.HasScope(Scopes.Roles))
                {
                    yield return Destinations.IdentityToken;
                }

                yield break;
            default:
                yield return Destinations.AccessToken;
                yield break;
        }
    }
}
