using Anshun.Contents.Models;

namespace Anshun.Contents.ViewModels;

/// <summary>The create/edit form of a section (rules are edited on their own page).</summary>
public sealed class SectionEditViewModel
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? Code { get; set; }

    public string? Description { get; set; }

    public string? ParentId { get; set; }

    public string? OwnerUnitId { get; set; }

    public int SortOrder { get; set; }

    public bool RequiresReview { get; set; }

    public bool IsEnabled { get; set; } = true;

    public List<string> ContentTypes { get; set; } = [];

    public bool IsNew => string.IsNullOrEmpty(Id);

    public IReadOnlyList<SectionOption> ParentOptions { get; set; } = [];

    public IReadOnlyList<SectionOption> UnitOptions { get; set; } = [];

    public IReadOnlyList<SectionOption> TypeOptions { get; set; } = [];

    public static SectionEditViewModel From(SectionInfo section) => new()
    {
        Id = section.Id,
        Name = section.Name,
        Code = section.Code,
        Description = section.Description,
        ParentId = section.ParentId,
        OwnerUnitId = section.OwnerUnitId,
        SortOrder = section.SortOrder,
        RequiresReview = section.RequiresReview,
        IsEnabled = section.IsEnabled,
        ContentTypes = [.. section.ContentTypes],
    };

    /// <summary>The section to save, keeping the rules it already has.</summary>
    public SectionInfo ToSection(IReadOnlyList<SectionRule> rules) =>
        new(Id ?? "", string.IsNullOrWhiteSpace(ParentId) ? null : ParentId, Code ?? "", Name ?? "", SortOrder, "")
        {
            Description = Description,
            OwnerUnitId = string.IsNullOrWhiteSpace(OwnerUnitId) ? null : OwnerUnitId,
            RequiresReview = RequiresReview,
            IsEnabled = IsEnabled,
            ContentTypes = ContentTypes,
            Rules = rules,
        };
}
