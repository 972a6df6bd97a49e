namespace Anshun.Core.Navigation;

/// <summary>A module adds its entries to a named menu (<see cref="MenuNames"/>).</summary>
public interface INavigationProvider
{
    void BuildNavigation(string menuName, NavigationBuilder builder);
}
