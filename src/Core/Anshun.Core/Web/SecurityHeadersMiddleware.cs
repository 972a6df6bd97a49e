using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Anshun.Core.Web;

/// <summary>
/// Headers every response carries, whatever produced it (a page, an error page, a file): no framing by
/// other sites (clickjacking), no content sniffing (an upload served as what it claims), and no full
/// intranet addresses leaked to other sites in <c>Referer</c>. Added when the response starts, so an
/// error page that cleared the headers still gets them, and a value set by an endpoint wins.
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(static state =>
        {
            var headers = ((HttpResponse)state).Headers;
            headers.TryAdd(HeaderNames.XFrameOptions, "SAMEORIGIN");
            headers.TryAdd(HeaderNames.XContentTypeOptions, "nosniff");
            headers.TryAdd("Referrer-Policy", "same-origin");
            return Task.CompletedTask;
        }, context.Response);
        return next(context);
    }
}
