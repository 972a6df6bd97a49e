namespace Anshun.Users.Models;

/// <summary>A page of the user list.</summary>
public sealed record UserPage(IReadOnlyList<UserListItem> Items, int Total, int Page, int PageSize)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}
