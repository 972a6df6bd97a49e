using System.Security.Claims;
using Anshun.PortalTheme.ViewModels;

namespace Anshun.PortalTheme.Services;

/// <summary>The widgets offered to the user, arranged by the user's stored choices.</summary>
public sealed class HomePageArrangement(HomeWidgetCollector collector, WidgetPreferenceStore preferences)
{
    public async Task<IReadOnlyList<ArrangedWidget>> GetAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var offered = await collector.CollectAsync(user, cancellationToken);
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        var choices = string.IsNullOrEmpty(userId) ? [] : await preferences.GetAsync(userId, cancellationToken);
        return HomeWidgetArranger.Arrange(offered, choices);
    }
}
