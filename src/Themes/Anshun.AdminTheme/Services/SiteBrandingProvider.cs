using Anshun.AdminTheme.Models;
using Anshun.Core.Settings;

namespace Anshun.AdminTheme.Services;

/// <summary>
/// Reads the site's name and copyright once per request (the layout, the page and the menu all
/// ask). Blank values fall back to the defaults, so a half-filled setting never shows an empty title.
/// </summary>
public sealed class SiteBrandingProvider(ISiteSettings settings)
{
    private SiteBranding? _branding;

    public async Task<SiteBranding> GetAsync(CancellationToken cancellationToken = default)
    {
        if (_branding is not null)
        {
            return _branding;
        }

        var stored = await settings.GetAsync<SiteBranding>(SiteBranding.SettingsKey, cancellationToken);
        if (string.IsNullOrWhiteSpace(stored.SiteName))
        {
            stored.SiteName = SiteBranding.DefaultSiteName;
        }

        _branding = stored;
        return stored;
    }
}
