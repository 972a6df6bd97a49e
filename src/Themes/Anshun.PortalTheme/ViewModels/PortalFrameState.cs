using System.Text;
using Anshun.Core.Navigation;
using Anshun.Core.Settings;

namespace Anshun.PortalTheme.ViewModels;

/// <summary>
/// What the portal layout shows around every page — site name, the user menu, the search box, the
/// navigation bar — worked out once per request by <see cref="Services.PortalFrame"/>.
/// </summary>
/// <param name="SignedIn">Signed in with nothing left to do (no password change or authenticator owed).</param>
/// <param name="Menu">The portal navigation, trimmed for this user; empty unless signed in.</param>
public sealed record PortalFrameState(
    SiteInfo Site,
    bool Authenticated,
    bool SignedIn,
    string? DisplayName,
    bool CanAdmin,
    bool CanSearch,
    IReadOnlyList<MenuItem> Menu)
{
    /// <summary>Writes everything the layout renders from this state, so two equal keys render the same frame.</summary>
    public void AppendKey(StringBuilder key)
    {
        key.Append("site:").Append(Site.SiteName).Append('\u001f').Append(Site.Copyright).Append('\u001e')
            .Append(Authenticated ? 'A' : 'a').Append(SignedIn ? 'S' : 's').Append(CanAdmin ? 'M' : 'm').Append(CanSearch ? 'Q' : 'q')
            .Append("name:").Append(DisplayName).Append('\u001e');
        AppendMenu(key, Menu);
    }

    private static void AppendMenu(StringBuilder key, IReadOnlyList<MenuItem> items)
    {
        key.Append('[');
        foreach (var item in items)
        {
            key.Append(item.Text).Append('\u001f').Append(item.Url).Append('\u001f');
            if (item.Children.Count > 0)
            {
                AppendMenu(key, item.Children);
            }

            key.Append('\u001e');
        }

        key.Append(']');
    }
}
