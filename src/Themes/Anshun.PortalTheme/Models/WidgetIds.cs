using System.Text.RegularExpressions;

namespace Anshun.PortalTheme.Models;

/// <summary>What a widget id may look like (<c>Module.Widget</c>): checked before one is stored.</summary>
public static partial class WidgetIds
{
    public const int MaxLength = 200;

    /// <summary>At most this many choices per user (far more than any page has widgets).</summary>
    public const int MaxPerUser = 100;

    public static bool IsValid(string? id) => id is { Length: > 0 and <= MaxLength } && Pattern().IsMatch(id);

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]*$")]
    private static partial Regex Pattern();
}
