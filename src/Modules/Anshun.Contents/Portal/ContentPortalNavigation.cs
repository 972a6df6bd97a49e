using System.Security.Claims;
using Anshun.Contents.Services;
using Anshun.Core.Navigation;

namespace Anshun.Contents.Portal;

/// <summary>The portal's navigation bar: one entry per top-level section the user may read, in the tree's order.</summary>
public sealed class ContentPortalNavigation(ISectionStore sections, ISectionAuthorizer authorizer) : INavigationProvider
{
    /// <summary>Sections follow 首页 (0) and come before entries other modules add late (通讯录 and such).</summary>
    public const int FirstPosition = 10;

    public void BuildNavigation(string menuName, NavigationBuilder builder)
    {
    }

    public async Task BuildNavigationAsync(string menuName, NavigationBuilder builder, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (menuName != MenuNames.Portal || user.Identity?.IsAuthenticated != true)
        {
            return;
        }

        var access = await authorizer.GetAccessAsync(user, cancellationToken);
        var position = FirstPosition;
        foreach (var section in await sections.GetAllAsync(cancellationToken))
        {
            if (section.ParentId is null && section.IsEnabled && access.CanRead(section.Id))
            {
                builder.Add(section.Name, position++, item => item.Url("/sections/" + Uri.EscapeDataString(section.Code)));
            }
        }
    }
}
