using System.Security.Claims;
using Anshun.Core.Portal;

namespace Anshun.FileLibrary.Widgets;

/// <summary>Offers 最新共享文件 on the portal home page to every signed-in user (the list is trimmed to their folders).</summary>
public sealed class LatestFilesWidgetProvider : IHomeWidgetProvider
{
    public const string WidgetId = "FileLibrary.LatestFiles";

    public Task<IReadOnlyList<HomeWidget>> GetWidgetsAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        IReadOnlyList<HomeWidget> widgets = user.Identity?.IsAuthenticated == true
            ? [new HomeWidget(WidgetId, "最新共享文件", "LatestSharedFiles") { Order = 60, Icon = "folder2-open", MoreUrl = "/files", Width = HomeWidgetWidth.Half }]
            : [];
        return Task.FromResult(widgets);
    }
}
