using Anshun.AdminTheme.Models;
using Anshun.AdminTheme.Services;
using Anshun.AdminTheme.ViewModels;
using Anshun.Core.Settings;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;

namespace Anshun.AdminTheme.Controllers;

/// <summary>
/// Answers the kernel's <c>UseExceptionHandler("/error/500")</c> and
/// <c>UseStatusCodePagesWithReExecute("/error/{0}")</c>: problem details when the failed request was
/// for the API, a friendly Chinese page otherwise. Never a stack trace. The re-executed request
/// keeps its method (often POST) and may come from anyone, so neither sign-in nor an antiforgery
/// token is required here.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
[ApiExplorerSettings(IgnoreApi = true)]
[Route("error/{code:int}")]
public sealed class ErrorController(SiteInfoProvider siteInfo, ILogger<ErrorController> logger) : Controller
{
    public async Task<IActionResult> Index(int code, CancellationToken cancellationToken)
    {
        var status = code is >= 400 and <= 599 ? code : StatusCodes.Status404NotFound;
        var originalPath = new PathString(HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath
            ?? HttpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path
            ?? Request.Path.Value);
        var text = ErrorTexts.For(status);
        Response.StatusCode = status;

        if (originalPath.StartsWithSegments("/api"))
        {
            var problem = new ProblemDetails { Status = status, Title = text.ApiTitle, Detail = text.ApiDetail };
            return new ObjectResult(problem) { StatusCode = status, ContentTypes = { "application/problem+json" } };
        }

        var model = new ErrorPageViewModel(
            status,
            text.Title,
            text.Message,
            await SiteNameAsync(cancellationToken),
            originalPath.StartsWithSegments("/admin") ? "/admin" : "/",
            User.Identity?.IsAuthenticated == true);
        return View(model);
    }

    /// <summary>The error may be the database itself: then the page still renders, with the default name.</summary>
    private async Task<string> SiteNameAsync(CancellationToken cancellationToken)
    {
        try
        {
            return (await siteInfo.GetAsync(cancellationToken)).SiteName;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "The error page could not read the site name; the default is shown.");
            return SiteInfo.DefaultSiteName;
        }
    }
}
