using System.Security.Claims;
using Anshun.Core.Portal;

namespace Anshun.PortalTheme.Widgets;

/// <summary>Offers 我的信息 (the account summary) to every signed-in user.</summary>
public sealed class MyInfoWidgetProvider : IHomeWidgetProvider
{
    public const string WidgetId = "Portal.MyInfo";

    public Task<IReadOnlyList<HomeWidget>> GetWidgetsAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        IReadOnlyList<HomeWidget> widgets = user.Identity?.IsAuthenticated == true
            ? [new HomeWidget(WidgetId, "我的信息", "MyInfoWidget") { Order = 900, Icon = "person-vcard", Width = HomeWidgetWidth.Third }]
            : [];
        return Task.FromResult(widgets);
    }
}
