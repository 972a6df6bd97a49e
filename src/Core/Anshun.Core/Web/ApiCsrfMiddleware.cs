using Anshun.Core.Audit;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Anshun.Core.Web;

/// <summary>
/// CSRF protection for the JSON API: a state-changing request under <c>/api</c> that is
/// authenticated by the cookie must carry the antiforgery token in the <c>X-CSRF-TOKEN</c> header.
/// Bearer-token calls from other systems carry no ambient credential and are not affected.
/// Browser forms are protected by MVC's antiforgery filter.
/// </summary>
public sealed class ApiCsrfMiddleware(RequestDelegate next)
{
    public const string HeaderName = "X-CSRF-TOKEN";

    public async Task InvokeAsync(HttpContext context, IAntiforgery antiforgery)
    {
        if (RequiresToken(context) && !await antiforgery.IsRequestValidAsync(context))
        {
            // Resolved only here: every request passes this middleware, and the audit log's context costs to build.
            var auditLog = context.RequestServices.GetRequiredService<IAuditLog>();
            await auditLog.WriteAsync(new AuditEntry(AuditEventTypes.CsrfRejected, context.Request.Path, "跨站请求伪造校验失败", Succeeded: false));
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            await Results.Problem(
                statusCode: StatusCodes.Status400BadRequest,
                title: "安全校验失败",
                detail: $"请求缺少有效的防伪令牌（{HeaderName}），请刷新页面后重试。").ExecuteAsync(context);
            return;
        }

        await next(context);
    }

    private static bool RequiresToken(HttpContext context)
    {
        var request = context.Request;
        if (!request.Path.StartsWithSegments("/api") || HttpMethods.IsGet(request.Method)
            || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method))
        {
            return false;
        }

        return context.User.Identity is { IsAuthenticated: true, AuthenticationType: var type }
            && (type == CookieAuthenticationDefaults.AuthenticationScheme || type == "Identity.Application");
    }
}
