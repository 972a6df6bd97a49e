using System.Security.Claims;
using Anshun.Core.Portal;
using Anshun.PortalTheme.Services;

namespace Anshun.PortalTheme.Widgets;

/// <summary>Offers 我的信息 (the account summary) to every signed-in user; its body shows only the profile, hence its cache key.</summary>
public sealed class MyInfoWidgetProvider(StaffProfileReader profiles) : IHomeWidgetProvider
{
    public const string WidgetId = "Portal.MyInfo";

    public async Task<IReadOnlyList<HomeWidget>> GetWidgetsAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        if (user.Identity?.IsAuthenticated != true)
        {
            return [];
        }

        var profile = await profiles.GetAsync(user, cancellationToken);
        return
        [
            new HomeWidget(WidgetId, "我的信息", "MyInfoWidget")
            {
                Order = 900,
                Icon = "person-vcard",
                Width = HomeWidgetWidth.Third,
                BodyCacheKey = profile.CacheKey(),
            },
        ];
    }
}
