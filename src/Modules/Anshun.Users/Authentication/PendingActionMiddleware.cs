using System.Security.Claims;
using Anshun.Core.Security;
using Anshun.Users.Services;
using Microsoft.AspNetCore.Http;

namespace Anshun.Users.Authentication;

/// <summary>
/// While a sign-in is incomplete (the <see cref="AnshunClaimTypes.PendingAction"/> claim: the password must
/// change, or TOTP must be enrolled) only the pages and API that complete it, and logout, are reachable.
/// The API answers 403 with a Chinese message; the browser is sent to the page that completes the sign-in.
/// </summary>
public sealed class PendingActionMiddleware(RequestDelegate next)
{
    private static readonly string[] OpenPaths =
    [
        "/api/auth", "/account/password", "/account/totp", "/login", "/logout", "/access-denied", "/error",
    ];

    public async Task InvokeAsync(HttpContext context)
    {
        var pending = context.User.Identity?.IsAuthenticated == true ? context.User.FindFirstValue(AnshunClaimTypes.PendingAction) : null;
        if (pending is null || OpenPaths.Any(p => context.Request.Path.StartsWithSegments(p)))
        {
            await next(context);
            return;
        }

        if (ApiRequests.IsApi(context.Request))
        {
            await AuthCookieEvents.WriteProblemAsync(context, StatusCodes.Status403Forbidden, "请先完成登录", Message(pending));
            return;
        }

        context.Response.Redirect(PendingActions.PagePath(pending));
    }

    public static string Message(string pendingAction) => pendingAction == PendingActions.EnrollTotp
        ? "管理员账号必须先绑定动态口令（身份验证器应用），才能继续操作。"
        : "您的密码已过期或由管理员重置，请先修改密码再继续操作。";
}
