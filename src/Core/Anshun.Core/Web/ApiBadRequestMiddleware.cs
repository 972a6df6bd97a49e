using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Anshun.Core.Web;

/// <summary>
/// Turns a minimal API's refused request (<see cref="BadHttpRequestException"/>, thrown because the platform
/// sets <c>RouteHandlerOptions.ThrowOnBadRequest</c>) into an answer: a body that is not valid JSON gets a
/// Chinese problem under <c>/api</c>; anything else keeps its status code and the status-code pages answer it.
/// </summary>
public sealed class ApiBadRequestMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (BadHttpRequestException exception) when (!context.Response.HasStarted)
        {
            context.Response.Clear();
            context.Response.StatusCode = exception.StatusCode;
            if (exception.InnerException is JsonException && context.Request.Path.StartsWithSegments("/api"))
            {
                await Results.Problem(
                    statusCode: exception.StatusCode,
                    title: "请求内容无效",
                    detail: "请求内容不是有效的 JSON，请检查后重新提交。").ExecuteAsync(context);
            }
        }
    }
}
