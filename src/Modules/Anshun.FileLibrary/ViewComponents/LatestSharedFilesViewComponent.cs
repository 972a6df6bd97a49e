using Anshun.FileLibrary.Services;
using Microsoft.AspNetCore.Mvc;

namespace Anshun.FileLibrary.ViewComponents;

/// <summary>最新共享文件 on the portal home page: the newest files of folders the user may read.</summary>
public sealed class LatestSharedFilesViewComponent(SharedFileReader reader) : ViewComponent
{
    public const int Count = 8;

    public async Task<IViewComponentResult> InvokeAsync() =>
        View(await reader.LatestAsync(UserClaimsPrincipal, Count, HttpContext.RequestAborted));
}
