using Anshun.Users.Models;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;
using OpenIddict.Validation;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Validation.OpenIddictValidationEvents;

namespace Anshun.OpenId.Services;

/// <summary>
/// Refuses a still-unexpired access token whose subject is gone: the user was disabled or deleted, or
/// the client application was deleted. So disabling an account or deleting a client takes effect at once,
/// as it does for cookie sign-ins.
/// </summary>
public sealed class TokenSubjectValidationHandler(UserManager<AnshunUser> users, IOpenIddictApplicationManager applications)
    : IOpenIddictValidationHandler<ProcessAuthenticationContext>
{
    public static OpenIddictValidationHandlerDescriptor Descriptor { get; } =
        OpenIddictValidationHandlerDescriptor.CreateBuilder<ProcessAuthenticationContext>()
            .UseScopedHandler<TokenSubjectValidationHandler>()
            .SetOrder(OpenIddictValidationHandlers.ValidateAccessToken.Descriptor.Order + 500)
            .SetType(OpenIddictValidationHandlerType.Custom)
            .Build();

    public async ValueTask HandleAsync(ProcessAuthenticationContext context)
    {
        var principal = context.AccessTokenPrincipal;
        if (principal is null)
        {
            return;
        }

        if (principal.GetClaim(OpenIdConstants.ClientClaim) is { } clientId)
        {
            if (await applications.FindByClientIdAsync(clientId, context.CancellationToken) is null)
            {
                context.Reject(Errors.InvalidToken, "该令牌所属的应用已被删除。");
            }

            return;
        }

        if (principal.HasClaim(c => c.Type == OpenIdConstants.UserTokenClaim)
            && principal.GetClaim(Claims.Subject) is { } userId
            && await users.FindByIdAsync(userId) is not { IsEnabled: true })
        {
            context.Reject(Errors.InvalidToken, "该令牌所属的用户不存在或已停用。");
        }
    }
}
