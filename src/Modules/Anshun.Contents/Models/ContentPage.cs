namespace Anshun.Contents.Models;

/// <summary>One page of a list, with what the pager needs.</summary>
public sealed record ContentPage<T>(IReadOnlyList<T> Items, int Page, int PageSize, int TotalCount)
{
    public int TotalPages => TotalCount == 0 ? 0 : (TotalCount + PageSize - 1) / PageSize;
}
