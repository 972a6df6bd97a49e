using Anshun.AdminTheme;
using Anshun.AdminTheme.Services;
using Anshun.Core.Modules;
using Anshun.Core.Navigation;
using Anshun.Core.Security;
using Anshun.PortalTheme.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;

namespace Anshun.PortalTheme.Services;

/// <summary>
/// Works out the portal layout's state once per request (scoped): the layout renders it, and the home
/// page cache puts it into its key, so a change of site name, permissions or sections shows at once.
/// </summary>
public sealed class PortalFrame(
    SiteInfoProvider siteInfo,
    IAuthorizationService authorization,
    INavigationManager navigation,
    ModuleCatalog modules,
    IHttpContextAccessor httpContextAccessor)
{
    private PortalFrameState? _state;

    public async Task<PortalFrameState> GetAsync(CancellationToken cancellationToken = default)
    {
        if (_state is not null)
        {
            return _state;
        }

        var user = httpContextAccessor.HttpContext?.User
            ?? throw new InvalidOperationException("The portal frame needs an HTTP request.");
        var site = await siteInfo.GetAsync(cancellationToken);
        var authenticated = user.Identity?.IsAuthenticated == true;
        var signedIn = user.IsFullySignedIn();
        var canAdmin = signedIn && await authorization.HasPermissionAsync(user, AdminPermissions.Access);
        // The header search box appears only where the search module serves /search.
        var canSearch = signedIn && modules.IsEnabled("Anshun.Search");
        var menu = signedIn ? await navigation.BuildMenuAsync(MenuNames.Portal, user) : [];
        _state = new PortalFrameState(site, authenticated, signedIn, authenticated ? user.DisplayName() : null, canAdmin, canSearch, menu);
        return _state;
    }
}
