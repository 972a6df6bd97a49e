using Anshun.Core.Settings;

namespace Anshun.AdminTheme.Services;

/// <summary>
/// Reads the site information (站点信息: name, short name, copyright) once per request — the layout,
/// the page and the error page all ask. A blank name falls back to the default, so a half-filled
/// setting never shows an empty title.
/// </summary>
public sealed class SiteInfoProvider(ISiteSettings settings)
{
    private SiteInfo? _site;

    public async Task<SiteInfo> GetAsync(CancellationToken cancellationToken = default)
    {
        if (_site is not null)
        {
            return _site;
        }

        var stored = await settings.GetAsync<SiteInfo>(SiteInfo.Key, cancellationToken);
        if (string.IsNullOrWhiteSpace(stored.SiteName))
        {
            stored.SiteName = SiteInfo.DefaultSiteName;
        }

        _site = stored;
        return stored;
    }
}
