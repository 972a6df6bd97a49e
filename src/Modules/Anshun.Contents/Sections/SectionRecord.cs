namespace Anshun.Contents.Sections;

/// <summary>A row of <c>Content_Sections</c> (栏目).</summary>
public sealed class SectionRecord
{
    public string Id { get; set; } = "";

    public string? ParentId { get; set; }

    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    public string? Description { get; set; }

    public int SortOrder { get; set; }

    /// <summary>Ids from the root to this section joined by '/'.</summary>
    public string Path { get; set; } = "";

    public string? OwnerUnitId { get; set; }

    public bool RequiresReview { get; set; }

    /// <summary>Allowed content type names separated by ','; empty allows every type with the Section part.</summary>
    public string ContentTypes { get; set; } = "";

    public bool IsEnabled { get; set; } = true;

    public DateTime CreatedUtc { get; set; }

    public DateTime UpdatedUtc { get; set; }
}
