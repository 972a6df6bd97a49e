namespace Anshun.Core.Navigation;

/// <summary>One entry of a menu; a group when it has children.</summary>
public sealed class MenuItem
{
    public required string Text { get; init; }

    public string? Url { get; set; }

    /// <summary>Bootstrap icon name without the <c>bi-</c> prefix.</summary>
    public string? Icon { get; set; }

    /// <summary>Sort key; items sort by it, then by text.</summary>
    public int Position { get; set; }

    /// <summary>The permission needed to see the item; null means any signed-in user.</summary>
    public string? Permission { get; set; }

    public List<MenuItem> Children { get; } = [];
}
