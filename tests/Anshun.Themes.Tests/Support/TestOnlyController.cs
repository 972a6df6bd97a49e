using Anshun.Core.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Anshun.Themes.Tests.Support;

/// <summary>
/// Pages that exist only in the themes' test site (<see cref="ThemesSiteFactory"/> adds this
/// assembly as an MVC application part): a page that fails, an API that fails, a flash message.
/// </summary>
[Route("test-only")]
public sealed class TestOnlyController(INotifier notifier) : Controller
{
    public const string SecretDetail = "TestOnly-internal-detail-7f3a";

    [AllowAnonymous]
    [HttpGet("boom")]
    public IActionResult Boom() => throw new InvalidOperationException(SecretDetail);

    [AllowAnonymous]
    [HttpPost("boom")]
    public IActionResult BoomPost() => throw new InvalidOperationException(SecretDetail);

    [AllowAnonymous]
    [HttpGet("/api/test-only/boom")]
    public IActionResult ApiBoom() => throw new InvalidOperationException(SecretDetail);

    [Authorize]
    [HttpGet("flash")]
    public IActionResult Flash()
    {
        notifier.Add(NotifyType.Success, "测试提示：已保存。");
        return Redirect("/admin");
    }
}
