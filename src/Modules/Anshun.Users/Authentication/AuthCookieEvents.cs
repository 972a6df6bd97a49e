using System.Security.Claims;
using Anshun.Core.Security;
using Anshun.Users.Models;
using Anshun.Users.Services;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Anshun.Users.Authentication;

/// <summary>
/// The auth cookie's behaviour: every request re-checks that the account still exists, is enabled and
/// has the same security stamp (so disabling, a password reset or a TOTP reset ends sessions at once —
/// on other nodes within a second, see <see cref="UserSecurityReader"/>);
/// the API gets 401/403 problem details where the browser is redirected to the login or access-denied page.
/// </summary>
public sealed class AuthCookieEvents(UserSecurityReader security, IOptions<IdentityOptions> identityOptions)
    : CookieAuthenticationEvents
{
    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal;
        var userId = principal?.FindFirstValue(identityOptions.Value.ClaimsIdentity.UserIdClaimType);
        var stamp = principal?.FindFirstValue(identityOptions.Value.ClaimsIdentity.SecurityStampClaimType);
        var account = userId is null ? null : await security.GetAsync(userId, context.HttpContext.RequestAborted);
        if (account is null || !account.IsEnabled || !string.Equals(account.SecurityStamp, stamp, StringComparison.Ordinal))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
        }
    }

    public override Task RedirectToLogin(RedirectContext<CookieAuthenticationOptions> context)
    {
        if (ApiRequests.IsApi(context.Request))
        {
            return WriteProblemAsync(context.HttpContext, StatusCodes.Status401Unauthorized, "未登录", "请先登录，或登录已超时，请重新登录。");
        }

        return base.RedirectToLogin(context);
    }

    public override Task RedirectToAccessDenied(RedirectContext<CookieAuthenticationOptions> context)
    {
        var pending = context.HttpContext.User.FindFirstValue(AnshunClaimTypes.PendingAction);
        if (ApiRequests.IsApi(context.Request))
        {
            return pending is null
                ? WriteProblemAsync(context.HttpContext, StatusCodes.Status403Forbidden, "没有权限", "您没有执行此操作的权限。")
                : WriteProblemAsync(context.HttpContext, StatusCodes.Status403Forbidden, "请先完成登录", PendingActionMiddleware.Message(pending));
        }

        if (pending is not null)
        {
            context.Response.Redirect(PendingActions.PagePath(pending));
            return Task.CompletedTask;
        }

        return base.RedirectToAccessDenied(context);
    }

    public static Task WriteProblemAsync(HttpContext httpContext, int statusCode, string title, string detail) =>
        Results.Problem(statusCode: statusCode, title: title, detail: detail).ExecuteAsync(httpContext);
}
