namespace Anshun.Contents.Sections;

/// <summary>One section in the <c>sections</c> recipe step (units by code, users by user name).</summary>
public sealed class SectionRecipeModel
{
    public string? Code { get; set; }

    public string? Name { get; set; }

    public string? Description { get; set; }

    /// <summary>Defaults to the position among its siblings in the recipe.</summary>
    public int? SortOrder { get; set; }

    public string? OwnerUnit { get; set; }

    public bool RequiresReview { get; set; }

    public bool Enabled { get; set; } = true;

    public List<string> ContentTypes { get; set; } = [];

    public List<SectionPrincipalModel> Editors { get; set; } = [];

    public List<SectionPrincipalModel> Reviewers { get; set; } = [];

    public List<SectionPrincipalModel> Readers { get; set; } = [];

    public List<SectionRecipeModel> Children { get; set; } = [];

    public ChildPerUnitRecipeModel? ChildPerUnit { get; set; }
}
