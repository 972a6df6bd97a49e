using System.Globalization;
using System.Security.Claims;
using Anshun.Core.Caching;
using Anshun.Core.Portal;
using Anshun.FileLibrary.Data;

namespace Anshun.FileLibrary.Widgets;

/// <summary>
/// Offers 最新共享文件 on the portal home page to every signed-in user (the list is trimmed to their
/// folders). The body is the user's own, so its cache key names the user, and the library's and
/// everyone's access generations, so an upload or a rule change shows at once.
/// </summary>
public sealed class LatestFilesWidgetProvider(IChangeSignals signals) : IHomeWidgetProvider
{
    public const string WidgetId = "FileLibrary.LatestFiles";

    public async Task<IReadOnlyList<HomeWidget>> GetWidgetsAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        if (user.Identity?.IsAuthenticated != true)
        {
            return [];
        }

        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        var library = await signals.GetGenerationAsync(FileLibraryChanges.Topic, cancellationToken);
        var security = await signals.GetGenerationAsync(ChangeTopics.Security, cancellationToken);
        return
        [
            new HomeWidget(WidgetId, "最新共享文件", "LatestSharedFiles")
            {
                Order = 60,
                Icon = "folder2-open",
                MoreUrl = "/files",
                Width = HomeWidgetWidth.Half,
                BodyCacheKey = userId is null ? null : string.Create(CultureInfo.InvariantCulture, $"{library}|{security}|{userId}"),
            },
        ];
    }
}
