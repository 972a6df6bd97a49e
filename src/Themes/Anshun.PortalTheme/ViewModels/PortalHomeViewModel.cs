namespace Anshun.PortalTheme.ViewModels;

/// <summary>The portal home (门户首页): a greeting, today's date and the widgets in the user's arrangement.</summary>
/// <param name="TodayLocal">Now, in Beijing time.</param>
/// <param name="Widgets">Every widget offered, in the user's order, hidden ones included (for 定制首页).</param>
/// <param name="Customizing">The 定制首页 panel starts open (after a move, so the user can go on).</param>
public sealed record PortalHomeViewModel(
    StaffProfile Profile,
    DateTime TodayLocal,
    IReadOnlyList<ArrangedWidget> Widgets,
    bool Customizing);
