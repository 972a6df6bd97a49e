using Anshun.Core.Navigation;

namespace Anshun.AdminTheme.ViewModels;

/// <summary>The admin home (管理首页): the user's menu as cards, and facts about the system.</summary>
/// <param name="Groups">Menu groups the user may open.</param>
/// <param name="Links">Top-level menu entries outside any group (except the home itself).</param>
public sealed record AdminDashboardViewModel(
    string UserDisplayName,
    IReadOnlyList<MenuItem> Groups,
    IReadOnlyList<MenuItem> Links,
    SystemInfoViewModel System);
