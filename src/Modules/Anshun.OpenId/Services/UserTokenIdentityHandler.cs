using System.Security.Claims;
using OpenIddict.Abstractions;
using OpenIddict.Validation;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Validation.OpenIddictValidationEvents;

namespace Anshun.OpenId.Services;

/// <summary>
/// Gives a user's bearer token the same identity shape as the login cookie: <see cref="ClaimTypes.NameIdentifier"/>
/// is the subject (user id) and <c>Identity.Name</c> the user name, so code that reads the current user
/// (/api/auth/me, the audit log, …) treats a token exactly like a cookie sign-in.
/// </summary>
public sealed class UserTokenIdentityHandler : IOpenIddictValidationHandler<ProcessAuthenticationContext>
{
    public static OpenIddictValidationHandlerDescriptor Descriptor { get; } =
        OpenIddictValidationHandlerDescriptor.CreateBuilder<ProcessAuthenticationContext>()
            .UseSingletonHandler<UserTokenIdentityHandler>()
            .SetOrder(TokenSubjectValidationHandler.Descriptor.Order + 100)
            .SetType(OpenIddictValidationHandlerType.Custom)
            .Build();

    public ValueTask HandleAsync(ProcessAuthenticationContext context)
    {
        if (context.IsRejected || context.AccessTokenPrincipal is not { Identity: ClaimsIdentity token } principal
            || !principal.HasClaim(c => c.Type == OpenIdConstants.UserTokenClaim)
            || principal.GetClaim(Claims.Subject) is not { } userId
            || principal.HasClaim(c => c.Type == ClaimTypes.NameIdentifier))
        {
            return ValueTask.CompletedTask;
        }

        // The cookie's name is the user name (登录名); the token's "name" is the 姓名, so prefer preferred_username.
        var userName = principal.GetClaim(Claims.PreferredUsername) ?? principal.GetClaim(Claims.Name) ?? userId;
        var identity = new ClaimsIdentity(token.Claims, token.AuthenticationType, ClaimTypes.Name, token.RoleClaimType);
        identity.AddClaim(new Claim(ClaimTypes.NameIdentifier, userId));
        identity.AddClaim(new Claim(ClaimTypes.Name, userName));
        context.AccessTokenPrincipal = new ClaimsPrincipal(identity);
        return ValueTask.CompletedTask;
    }
}
