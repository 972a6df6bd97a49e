using Microsoft.AspNetCore.Mvc;

namespace Anshun.PortalTheme.Services;

/// <summary>Sends a page from <see cref="HomePageCache"/> with the headers its first rendering set.</summary>
public sealed class CachedPageResult(CachedPage page) : IActionResult
{
    public Task ExecuteResultAsync(ActionContext context)
    {
        var response = context.HttpContext.Response;
        foreach (var (name, value) in page.Headers)
        {
            response.Headers[name] = value;
        }

        response.ContentLength = page.Body.Length;
        return response.Body.WriteAsync(page.Body, context.HttpContext.RequestAborted).AsTask();
    }
}
