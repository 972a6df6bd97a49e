using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace Anshun.PortalTheme.Services;

/// <summary>
/// Renders a page into memory, sends it, and hands it to <paramref name="store"/> when it is an ordinary
/// successful page (200, no cookie set), with the content type and caching headers to send again.
/// </summary>
public sealed class PageCapturingResult(IActionResult inner, Action<CachedPage> store) : IActionResult
{
    private static readonly string[] ReplayedHeaders =
        [HeaderNames.ContentType, HeaderNames.CacheControl, HeaderNames.Pragma, HeaderNames.XFrameOptions];

    public async Task ExecuteResultAsync(ActionContext context)
    {
        var response = context.HttpContext.Response;
        var original = response.Body;
        using var buffer = new MemoryStream();
        response.Body = buffer;
        try
        {
            await inner.ExecuteResultAsync(context);
        }
        finally
        {
            response.Body = original;
        }

        var body = buffer.ToArray();
        if (response.StatusCode == StatusCodes.Status200OK && !response.Headers.ContainsKey(HeaderNames.SetCookie))
        {
            var headers = ReplayedHeaders
                .Where(name => response.Headers.ContainsKey(name))
                .Select(name => KeyValuePair.Create(name, response.Headers[name].ToString()))
                .ToList();
            store(new CachedPage(body, headers));
        }

        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body, context.HttpContext.RequestAborted);
    }
}
