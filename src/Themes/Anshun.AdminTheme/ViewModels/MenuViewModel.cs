using Anshun.Core.Navigation;

namespace Anshun.AdminTheme.ViewModels;

/// <summary>A permission-trimmed menu and the URL of the entry that matches the current page.</summary>
public sealed record MenuViewModel(IReadOnlyList<MenuItem> Items, string? ActiveUrl);
