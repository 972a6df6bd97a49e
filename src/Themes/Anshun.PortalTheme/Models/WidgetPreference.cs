namespace Anshun.PortalTheme.Models;

/// <summary>
/// One user's choice for one home widget (首页定制), row of <c>Portal_WidgetPreferences</c>. Rows for
/// widgets no module offers at the moment are kept, so a widget comes back where it was.
/// </summary>
public sealed class WidgetPreference
{
    public string UserId { get; set; } = "";

    public string WidgetId { get; set; } = "";

    /// <summary>Place on the user's page, 0 first.</summary>
    public int Position { get; set; }

    public bool Visible { get; set; } = true;

    public DateTime UpdatedUtc { get; set; }
}
