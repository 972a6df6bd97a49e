using System.Security.Claims;

namespace Anshun.Core.Portal;

/// <summary>
/// A module offers widgets for the portal home page (首页栏目块): 电子公告, 待办事宜, 会议动态, ...
/// The provider decides per user which widgets apply (by permission, unit or enabled feature);
/// the portal theme orders and renders them. Register with
/// <c>services.AddScoped&lt;IHomeWidgetProvider, XWidgets&gt;()</c>.
/// </summary>
public interface IHomeWidgetProvider
{
    Task<IReadOnlyList<HomeWidget>> GetWidgetsAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default);
}
