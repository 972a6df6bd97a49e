using Anshun.Core.Security;
using Microsoft.AspNetCore;
using Anshun.OpenId.Services;
using Anshun.Users.Models;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Anshun.OpenId.Endpoints;

/// <summary>
/// The OpenID Connect endpoints OpenIddict passes through to us: authorize (the user signs in on our
/// /login page, registered internal applications get implicit consent), token, userinfo and end session.
/// </summary>
public static class ConnectEndpoints
{
    private const string ServerScheme = OpenIddictServerAspNetCoreDefaults.AuthenticationScheme;

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods("/connect/authorize", [HttpMethods.Get, HttpMethods.Post], (Delegate)AuthorizeAsync).AllowAnonymous().ExcludeFromDescription();
        endpoints.MapPost("/connect/token", TokenAsync).AllowAnonymous().ExcludeFromDescription();
        endpoints.MapMethods("/connect/userinfo", [HttpMethods.Get, HttpMethods.Post], (Delegate)UserInfoAsync).AllowAnonymous().ExcludeFromDescription();
        endpoints.MapMethods("/connect/endsession", [HttpMethods.Get, HttpMethods.Post], (Delegate)EndSessionAsync).AllowAnonymous().ExcludeFromDescription();
    }

    private static async Task<IResult> AuthorizeAsync(HttpContext context, UserManager<AnshunUser> users, OpenIdPrincipalFactory factory)
    {
        var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("OpenID Connect 请求无效。");
        var cookie = await context.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        var user = cookie.Succeeded && !cookie.Principal.HasClaim(c => c.Type == AnshunClaimTypes.PendingAction)
            ? await users.GetUserAsync(cookie.Principal)
            : null;
        if (user is null || !user.IsEnabled)
        {
            if (request.HasPromptValue(PromptValues.None))
            {
                return Refuse(Errors.LoginRequired, "用户尚未登录。");
            }

            var returnUrl = context.Request.PathBase + context.Request.Path + QueryString.Create(
                context.Request.HasFormContentType ? [.. context.Request.Form] : [.. context.Request.Query]);
            return Results.Challenge(new AuthenticationProperties { RedirectUri = returnUrl }, [IdentityConstants.ApplicationScheme]);
        }

        var principal = await factory.CreateForUserAsync(user, request.GetScopes());
        return Results.SignIn(principal, authenticationScheme: ServerScheme);
    }

    private static async Task<IResult> TokenAsync(HttpContext context, UserManager<AnshunUser> users,
        OpenIdPrincipalFactory factory, IOpenIddictApplicationManager applications)
    {
        var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("OpenID Connect 请求无效。");
        if (request.IsClientCredentialsGrantType())
        {
            var application = await applications.FindByClientIdAsync(request.ClientId!, context.RequestAborted);
            if (application is null)
            {
                return Refuse(Errors.InvalidClient, "客户端不存在。");
            }

            var displayName = await applications.GetDisplayNameAsync(application, context.RequestAborted);
            return Results.SignIn(OpenIdPrincipalFactory.CreateForClient(request.ClientId!, displayName, request.GetScopes()),
                authenticationScheme: ServerScheme);
        }

        if (request.IsAuthorizationCodeGrantType() || request.IsRefreshTokenGrantType())
        {
            var result = await context.AuthenticateAsync(ServerScheme);
            var userId = result.Principal?.GetClaim(Claims.Subject);
            var user = userId is null ? null : await users.FindByIdAsync(userId);
            if (user is null || !user.IsEnabled)
            {
                return Refuse(Errors.InvalidGrant, "该令牌对应的用户不存在或已停用。");
            }

            return Results.SignIn(await factory.CreateForUserAsync(user, result.Principal!.GetScopes()), authenticationScheme: ServerScheme);
        }

        return Refuse(Errors.UnsupportedGrantType, "不支持该授权类型。");
    }

    private static async Task<IResult> UserInfoAsync(HttpContext context, UserManager<AnshunUser> users)
    {
        var result = await context.AuthenticateAsync(ServerScheme);
        var userId = result.Principal?.GetClaim(Claims.Subject);
        var user = userId is null ? null : await users.FindByIdAsync(userId);
        if (user is null || !user.IsEnabled)
        {
            return Results.Challenge(Error(Errors.InvalidToken, "该令牌对应的用户不存在或已停用。"), [ServerScheme]);
        }

        var principal = result.Principal!;
        var claims = new Dictionary<string, object?>(StringComparer.Ordinal) { [Claims.Subject] = user.Id };
        if (principal.HasScope(Scopes.Profile))
        {
            claims[Claims.Name] = string.IsNullOrEmpty(user.DisplayName) ? user.UserName : user.DisplayName;
            claims[Claims.PreferredUsername] = user.UserName;
        }

        if (principal.HasScope(Scopes.Email))
        {
            claims[Claims.Email] = user.Email;
        }

        if (principal.HasScope(Scopes.Roles))
        {
            claims[Claims.Role] = await users.GetRolesAsync(user);
        }

        return Results.Ok(claims);
    }

    private static async Task<IResult> EndSessionAsync(HttpContext context)
    {
        await context.SignOutAsync(IdentityConstants.ApplicationScheme);
        return Results.SignOut(new AuthenticationProperties { RedirectUri = "/" }, [ServerScheme]);
    }

    private static IResult Refuse(string error, string description) =>
        Results.Forbid(Error(error, description), [ServerScheme]);

    private static AuthenticationProperties Error(string error, string description) =>
        new(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        });
}
