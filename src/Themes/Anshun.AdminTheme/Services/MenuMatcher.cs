using Anshun.Core.Navigation;
using Microsoft.AspNetCore.Http;

namespace Anshun.AdminTheme.Services;

/// <summary>Finds the menu entry of the current page: the longest item URL the request path starts with.</summary>
public static class MenuMatcher
{
    public static string? FindActiveUrl(IEnumerable<MenuItem> items, PathString path)
    {
        string? best = null;
        foreach (var url in Flatten(items).Select(i => i.Url).OfType<string>())
        {
            var local = url.Split('?', '#')[0].TrimEnd('/');
            var matches = local.Length == 0
                ? !path.HasValue || path.Value == "/"
                : path.StartsWithSegments(local, StringComparison.OrdinalIgnoreCase);
            if (matches && (best is null || local.Length > best.Split('?', '#')[0].TrimEnd('/').Length))
            {
                best = url;
            }
        }

        return best;
    }

    /// <summary>True when the item or one of its descendants is the active one.</summary>
    public static bool Contains(MenuItem item, string? activeUrl) =>
        activeUrl is not null && Flatten([item]).Any(i => i.Url == activeUrl);

    private static IEnumerable<MenuItem> Flatten(IEnumerable<MenuItem> items) =>
        items.SelectMany(i => new[] { i }.Concat(Flatten(i.Children)));
}
