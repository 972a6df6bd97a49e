namespace Anshun.Contents.Sections;

/// <summary>A section in API answers. Rules are shown only to those who manage sections.</summary>
public sealed record SectionDto(
    string Id,
    string? ParentId,
    string Code,
    string Name,
    string? Description,
    int SortOrder,
    string? OwnerUnitId,
    bool RequiresReview,
    bool IsEnabled,
    IReadOnlyList<string> ContentTypes,
    bool CanEdit,
    bool CanReview)
{
    public IReadOnlyList<SectionPrincipalDto>? Editors { get; init; }

    public IReadOnlyList<SectionPrincipalDto>? Reviewers { get; init; }

    public IReadOnlyList<SectionPrincipalDto>? Readers { get; init; }

    public IReadOnlyList<SectionDto> Children { get; init; } = [];
}
