namespace Anshun.Contents.Sections;

/// <summary>The body of <c>POST /api/sections</c> and <c>PUT /api/sections/{id}</c>.</summary>
public sealed class SectionRequest
{
    public string? Code { get; set; }

    public string? Name { get; set; }

    public string? Description { get; set; }

    /// <summary>The parent's id or code; null for a top-level section.</summary>
    public string? Parent { get; set; }

    /// <summary>Null or 0 puts a new section last among its siblings.</summary>
    public int? SortOrder { get; set; }

    /// <summary>The owning unit's id or code.</summary>
    public string? OwnerUnit { get; set; }

    public bool RequiresReview { get; set; }

    public bool Enabled { get; set; } = true;

    public List<string> ContentTypes { get; set; } = [];

    public List<SectionPrincipalModel> Editors { get; set; } = [];

    public List<SectionPrincipalModel> Reviewers { get; set; } = [];

    public List<SectionPrincipalModel> Readers { get; set; } = [];
}
