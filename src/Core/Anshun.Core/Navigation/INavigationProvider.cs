using System.Security.Claims;

namespace Anshun.Core.Navigation;

/// <summary>A module adds its entries to a named menu (<see cref="MenuNames"/>).</summary>
public interface INavigationProvider
{
    void BuildNavigation(string menuName, NavigationBuilder builder);

    /// <summary>
    /// For entries that depend on data and on the user beyond a permission (栏目 the user may read);
    /// by default the synchronous <see cref="BuildNavigation"/>.
    /// </summary>
    Task BuildNavigationAsync(string menuName, NavigationBuilder builder, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        BuildNavigation(menuName, builder);
        return Task.CompletedTask;
    }
}
