using System.Globalization;

namespace Anshun.Contents.ViewModels;

/// <summary>The list filter as the reader typed it (kept in the form and in pager links).</summary>
/// <param name="From">China date (yyyy-MM-dd) or empty.</param>
public sealed record PortalSectionFilter(string? Unit, string? From, string? To)
{
    /// <summary>The query string of a page of this filtered list.</summary>
    public string QueryFor(int page)
    {
        var parts = new List<string>();
        if (!string.IsNullOrEmpty(Unit))
        {
            parts.Add("unit=" + Uri.EscapeDataString(Unit));
        }

        if (!string.IsNullOrEmpty(From))
        {
            parts.Add("from=" + Uri.EscapeDataString(From));
        }

        if (!string.IsNullOrEmpty(To))
        {
            parts.Add("to=" + Uri.EscapeDataString(To));
        }

        if (page > 1)
        {
            parts.Add("page=" + page.ToString(CultureInfo.InvariantCulture));
        }

        return parts.Count == 0 ? "" : "?" + string.Join('&', parts);
    }

    public bool IsActive => !string.IsNullOrEmpty(Unit) || !string.IsNullOrEmpty(From) || !string.IsNullOrEmpty(To);
}
