namespace Anshun.PortalTheme.Models;

/// <summary>One line of what a user submits: a widget and whether to show it (the list's order is the order).</summary>
public sealed record WidgetChoice(string WidgetId, bool Visible);
