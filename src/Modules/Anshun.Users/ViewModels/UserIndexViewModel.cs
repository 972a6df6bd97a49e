using Anshun.Users.Models;

namespace Anshun.Users.ViewModels;

/// <summary>用户管理 list page.</summary>
public sealed record UserIndexViewModel(UserSearch Search, UserPage Page, IReadOnlyList<OptionItem> Units);
