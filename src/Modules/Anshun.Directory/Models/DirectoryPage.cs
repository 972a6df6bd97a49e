namespace Anshun.StaffDirectory.Models;

/// <summary>One page of search results and the total count.</summary>
public sealed record DirectoryPage(IReadOnlyList<DirectoryListing> Items, int Total, int Page, int PageSize)
{
    public int PageCount => Total == 0 ? 1 : (Total + PageSize - 1) / PageSize;
}
