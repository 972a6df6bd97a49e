using Anshun.Core.Portal;

namespace Anshun.PortalTheme.ViewModels;

/// <summary>The portal home (门户首页): a greeting, today's date and the widgets modules offer.</summary>
/// <param name="TodayLocal">Now, in Beijing time.</param>
public sealed record PortalHomeViewModel(
    StaffProfile Profile,
    DateTime TodayLocal,
    IReadOnlyList<HomeWidget> Widgets);
