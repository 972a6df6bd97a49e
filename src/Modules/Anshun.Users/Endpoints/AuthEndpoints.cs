using Anshun.Core.Web;
using Anshun.Users.Authentication;
using Anshun.Users.Models;
using Anshun.Users.Services;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Anshun.Users.Endpoints;

/// <summary>
/// The authentication API (<c>/api/auth</c>): login with password and TOTP code, logout, the CSRF token,
/// completing a pending password change or TOTP enrolment, and who am I.
/// </summary>
public static class AuthEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/auth");
        group.MapPost("/login", LoginAsync).AllowAnonymous().RequireRateLimiting(LoginThrottleOptions.PolicyName);
        group.MapPost("/logout", LogoutAsync).AllowAnonymous();
        group.MapGet("/csrf", (HttpContext context, IAntiforgery antiforgery) =>
            Results.Ok(new { csrfToken = antiforgery.GetAndStoreTokens(context).RequestToken })).AllowAnonymous();
        group.MapPost("/password", ChangePasswordAsync).RequireAuthorization();
        group.MapGet("/totp", TotpAsync).RequireAuthorization();
        group.MapPost("/totp/enroll", EnrollTotpAsync).RequireAuthorization();
        group.MapGet("/me", MeEndpoint.GetAsync).RequireAuthorization();
    }

    private static async Task<IResult> LoginAsync(LoginRequest request, HttpContext context, LoginService login,
        AccountService account, IAntiforgery antiforgery, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.UserName))
        {
            errors["userName"] = ["请输入用户名。"];
        }

        if (string.IsNullOrEmpty(request.Password))
        {
            errors["password"] = ["请输入密码。"];
        }

        if (errors.Count > 0)
        {
            return ApiProblems.Validation(errors);
        }

        var outcome = await login.CheckAsync(request.UserName, request.Password, request.Code, cancellationToken);
        switch (outcome.Status)
        {
            case LoginStatus.LockedOut:
                return Results.Problem(statusCode: StatusCodes.Status423Locked, title: "账号已锁定", detail: outcome.Message,
                    extensions: new Dictionary<string, object?> { ["lockoutEnd"] = outcome.LockoutEndUtc });
            case LoginStatus.Disabled:
                return ApiProblems.Problem(StatusCodes.Status403Forbidden, "账号已停用", outcome.Message);
            case LoginStatus.CodeRequired:
            case LoginStatus.InvalidCode:
                return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "需要动态口令", detail: outcome.Message,
                    extensions: new Dictionary<string, object?> { ["codeRequired"] = true });
            case LoginStatus.InvalidCredentials:
                return ApiProblems.Problem(StatusCodes.Status401Unauthorized, "登录失败", outcome.Message);
        }

        var user = outcome.User!;
        var totp = outcome.PendingAction == PendingActions.EnrollTotp ? await account.GetTotpSetupAsync(user) : null;
        await login.SignInAsync(context, user, outcome.PendingAction);
        return Results.Ok(new
        {
            userName = user.UserName,
            displayName = user.DisplayName,
            csrfToken = antiforgery.GetAndStoreTokens(context).RequestToken,
            pendingAction = outcome.PendingAction,
            totp = totp is null ? null : new { sharedKey = totp.SharedKey, authenticatorUri = totp.AuthenticatorUri },
        });
    }

    private static async Task<IResult> LogoutAsync(HttpContext context, LoginService login, CancellationToken cancellationToken)
    {
        await login.SignOutAsync(context, cancellationToken);
        return Results.Ok(new { signedOut = true });
    }

    private static async Task<IResult> ChangePasswordAsync(ChangePasswordRequest request, HttpContext context, AnshunUserManager users,
        AccountService account, LoginService login, IAntiforgery antiforgery, CancellationToken cancellationToken)
    {
        if (await CurrentUser.GetAsync(users, context.User) is not { } user)
        {
            return Results.Unauthorized();
        }

        var result = await account.ChangePasswordAsync(user, request.CurrentPassword, request.NewPassword, cancellationToken);
        if (!result.Succeeded)
        {
            return ApiProblems.Validation(result.ToDictionary());
        }

        return await ReissueAsync(context, user, login, account, antiforgery, cancellationToken);
    }

    private static async Task<IResult> TotpAsync(HttpContext context, AnshunUserManager users, AccountService account, CancellationToken cancellationToken)
    {
        if (await CurrentUser.GetAsync(users, context.User) is not { } user)
        {
            return Results.Unauthorized();
        }

        var setup = await account.GetTotpSetupAsync(user);
        return Results.Ok(new
        {
            enabled = user.TwoFactorEnabled,
            required = await account.IsTotpRequiredAsync(user, cancellationToken),
            sharedKey = setup?.SharedKey,
            authenticatorUri = setup?.AuthenticatorUri,
        });
    }

    private static async Task<IResult> EnrollTotpAsync(TotpCodeRequest request, HttpContext context, AnshunUserManager users,
        AccountService account, LoginService login, IAntiforgery antiforgery, CancellationToken cancellationToken)
    {
        if (await CurrentUser.GetAsync(users, context.User) is not { } user)
        {
            return Results.Unauthorized();
        }

        var result = await account.EnableTotpAsync(user, request.Code, cancellationToken);
        if (!result.Succeeded)
        {
            return ApiProblems.Validation(result.ToDictionary());
        }

        return await ReissueAsync(context, user, login, account, antiforgery, cancellationToken);
    }

    /// <summary>After a credential change the security stamp is new: sign in again with what is still pending.</summary>
    private static async Task<IResult> ReissueAsync(HttpContext context, AnshunUser user, LoginService login, AccountService account,
        IAntiforgery antiforgery, CancellationToken cancellationToken)
    {
        var pending = await login.GetPendingActionAsync(user, cancellationToken);
        var totp = pending == PendingActions.EnrollTotp ? await account.GetTotpSetupAsync(user) : null;
        await login.SignInAsync(context, user, pending);
        return Results.Ok(new
        {
            csrfToken = antiforgery.GetAndStoreTokens(context).RequestToken,
            pendingAction = pending,
            totp = totp is null ? null : new { sharedKey = totp.SharedKey, authenticatorUri = totp.AuthenticatorUri },
        });
    }
}
