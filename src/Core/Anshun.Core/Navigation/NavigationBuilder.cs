namespace Anshun.Core.Navigation;

/// <summary>
/// Collects menu items from every module's <see cref="INavigationProvider"/>. Items with the same
/// text at the same level merge, so several modules can add to one group (e.g. 系统设置).
/// </summary>
public sealed class NavigationBuilder
{
    private readonly List<MenuItem> _items;

    public NavigationBuilder()
        : this([])
    {
    }

    private NavigationBuilder(List<MenuItem> items)
    {
        _items = items;
    }

    public IReadOnlyList<MenuItem> Items => _items;

    public NavigationBuilder Add(string text, int position, Action<MenuItemBuilder>? configure = null)
    {
        var item = _items.FirstOrDefault(i => i.Text == text);
        if (item is null)
        {
            item = new MenuItem { Text = text, Position = position };
            _items.Add(item);
        }

        configure?.Invoke(new MenuItemBuilder(item, new NavigationBuilder(item.Children)));
        return this;
    }
}
