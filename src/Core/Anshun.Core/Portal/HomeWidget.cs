namespace Anshun.Core.Portal;

/// <summary>
/// One widget of the portal home page (首页栏目块), rendered by a view component of the module
/// that provides it; the portal draws the card, its title and the 更多 link around it.
/// </summary>
/// <param name="Id">Stable id (<c>Module.Widget</c>), the key for each user's show/hide/order choices.</param>
/// <param name="Title">Chinese title shown on the card, e.g. 电子公告.</param>
/// <param name="ViewComponentName">The view component that renders the card's body.</param>
public sealed record HomeWidget(string Id, string Title, string ViewComponentName)
{
    /// <summary>Default position on the page; lower first. Users may reorder later.</summary>
    public int Order { get; init; }

    /// <summary>Bootstrap icon name without the <c>bi-</c> prefix.</summary>
    public string? Icon { get; init; }

    /// <summary>Where 更多 leads (the full list), if anywhere.</summary>
    public string? MoreUrl { get; init; }

    public HomeWidgetWidth Width { get; init; } = HomeWidgetWidth.Half;

    /// <summary>A short count shown beside the title (未读 3), or null for none.</summary>
    public string? Badge { get; init; }

    /// <summary>What the badge means, read by screen readers (3 条未读).</summary>
    public string? BadgeLabel { get; init; }

    /// <summary>Arguments passed to the view component (an anonymous object or a dictionary).</summary>
    public object? Arguments { get; init; }

    /// <summary>
    /// When set, the rendered body is reused (for up to a minute) by every request whose widget carries
    /// the same key, so the provider must put into it everything the body depends on — the shared data's
    /// cache key and whatever is personal in the body (this reader's unread marks). Null renders every time.
    /// </summary>
    public string? BodyCacheKey { get; init; }
}
