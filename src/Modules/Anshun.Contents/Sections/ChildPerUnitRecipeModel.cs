namespace Anshun.Contents.Sections;

/// <summary>
/// Generates one child section per active org unit of the given kinds (部门信息 → one per 市直部门):
/// code = prefix + unit code in lowercase, owned by the unit, edited by the unit's <see cref="EditorRole"/>
/// and reviewed by its <see cref="ReviewerRole"/>.
/// </summary>
public sealed class ChildPerUnitRecipeModel
{
    /// <summary>Org unit kinds: Department, County, ...</summary>
    public List<string> Kinds { get; set; } = [];

    public string? CodePrefix { get; set; }

    public string? EditorRole { get; set; }

    public string? ReviewerRole { get; set; }

    /// <summary>Defaults to the parent's setting.</summary>
    public bool? RequiresReview { get; set; }

    /// <summary>Defaults to the parent's content types.</summary>
    public List<string>? ContentTypes { get; set; }

    /// <summary>Reader rules of every generated child (none: readable by whoever reads the parent).</summary>
    public List<SectionPrincipalModel> Readers { get; set; } = [];
}
