namespace Anshun.Contents.Models;

/// <summary>The admin list: latest versions in the sections the caller may edit or review.</summary>
public sealed record ContentAdminQuery
{
    public string? ContentType { get; init; }

    public string? SectionId { get; init; }

    public ContentStatusFilter Status { get; init; }

    /// <summary>Title contains this text.</summary>
    public string? Text { get; init; }

    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = 20;
}
