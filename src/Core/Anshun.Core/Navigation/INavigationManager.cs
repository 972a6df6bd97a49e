using System.Security.Claims;

namespace Anshun.Core.Navigation;

public interface INavigationManager
{
    /// <summary>The menu as this user may see it: items they lack permission for, and empty groups, removed.</summary>
    Task<IReadOnlyList<MenuItem>> BuildMenuAsync(string menuName, ClaimsPrincipal user);
}
