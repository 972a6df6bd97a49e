using Anshun.Core.Portal;

namespace Anshun.PortalTheme.ViewModels;

/// <summary>A widget in the user's order, shown or hidden by their choice.</summary>
public sealed record ArrangedWidget(HomeWidget Widget, bool Visible);
