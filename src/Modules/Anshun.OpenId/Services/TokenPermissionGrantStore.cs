using System.Security.Claims;
using Anshun.Core.Data;
using Anshun.Core.Security;
using Anshun.Users.Services;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Anshun.OpenId.Services;

/// <summary>
/// Decorates the users module's grant store for bearer tokens: a user's token holds the user's own
/// permissions, a client-credentials token the permissions of the roles assigned to the client; either
/// only with the <c>api</c> scope. Cookie sign-ins are answered by the users module unchanged. Every request's
/// authorization builds this store, so the client role reader (OpenIddict's managers, the role catalog) is
/// resolved only for a client token.
/// </summary>
public sealed class TokenPermissionGrantStore(PermissionGrantStore users, Deferred<ClientRoleReader> clientRoles) : IPermissionGrantStore
{
    private static readonly IReadOnlySet<string> None = new HashSet<string>();

    public async Task<IReadOnlySet<string>> GetGrantedPermissionsAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var clientId = user.FindFirstValue(OpenIdConstants.ClientClaim);
        var isUserToken = user.HasClaim(c => c.Type == OpenIdConstants.UserTokenClaim);
        if (clientId is null && !isUserToken)
        {
            return await users.GetGrantedPermissionsAsync(user, cancellationToken);
        }

        if (user.Identity?.IsAuthenticated != true || !user.HasScope(OpenIdConstants.ApiScope))
        {
            return None;
        }

        if (clientId is not null)
        {
            return await clientRoles.Value.GetPermissionsAsync(clientId, cancellationToken);
        }

        return user.GetClaim(Claims.Subject) is { } userId
            ? await users.GetForUserAsync(userId, cancellationToken)
            : None;
    }
}
