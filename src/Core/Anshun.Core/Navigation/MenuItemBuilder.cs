namespace Anshun.Core.Navigation;

public sealed class MenuItemBuilder(MenuItem item, NavigationBuilder children)
{
    public MenuItemBuilder Url(string url)
    {
        item.Url = url;
        return this;
    }

    public MenuItemBuilder Icon(string icon)
    {
        item.Icon = icon;
        return this;
    }

    public MenuItemBuilder Permission(string permissionName)
    {
        item.Permission = permissionName;
        return this;
    }

    public MenuItemBuilder Add(string text, int position, Action<MenuItemBuilder>? configure = null)
    {
        children.Add(text, position, configure);
        return this;
    }
}
