using System.Security.Claims;
using Anshun.Core.Portal;

namespace Anshun.PortalTheme.Services;

/// <summary>Asks every module for its home widgets and orders them; a widget id offered twice counts once.</summary>
public sealed class HomeWidgetCollector(IEnumerable<IHomeWidgetProvider> providers)
{
    public async Task<IReadOnlyList<HomeWidget>> CollectAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var widgets = new List<HomeWidget>();
        foreach (var provider in providers)
        {
            widgets.AddRange(await provider.GetWidgetsAsync(user, cancellationToken));
        }

        return widgets
            .DistinctBy(w => w.Id, StringComparer.Ordinal)
            .OrderBy(w => w.Order)
            .ThenBy(w => w.Title, StringComparer.Ordinal)
            .ToList();
    }
}
