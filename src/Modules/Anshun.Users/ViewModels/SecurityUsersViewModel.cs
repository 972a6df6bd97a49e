using Anshun.Users.Models;

namespace Anshun.Users.ViewModels;

/// <summary>密级与解锁: the user list as the security administrator sees it.</summary>
public sealed record SecurityUsersViewModel(UserSearch Search, UserPage Page);
