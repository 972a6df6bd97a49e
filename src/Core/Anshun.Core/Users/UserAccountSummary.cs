namespace Anshun.Core.Users;

/// <summary>账号概况: what a user may see of their own account (the portal's 我的信息).</summary>
/// <param name="RoleDisplayNames">Chinese names of the user's roles (角色名称).</param>
/// <param name="LastLoginUtc">最近登录时间, when recorded.</param>
public sealed record UserAccountSummary(
    string UserId,
    string UserName,
    IReadOnlyList<string> RoleDisplayNames,
    DateTime? LastLoginUtc);
