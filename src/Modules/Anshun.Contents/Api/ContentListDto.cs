namespace Anshun.Contents.Api;

/// <summary>One page of <c>GET /api/content</c> with its paging metadata.</summary>
public sealed record ContentListDto(IReadOnlyList<ContentSummaryDto> Items, int Page, int PageSize, int TotalCount, int TotalPages);
