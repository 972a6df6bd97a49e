namespace Anshun.Contents.Models;

/// <summary>A section (栏目) of the portal: a node of the section tree with its own rules.</summary>
/// <param name="Code">Unique, URL-safe (<c>notices</c>, <c>dept-jyj</c>); used in portal URLs.</param>
/// <param name="Path">Ids from the root to this section joined by '/', for subtree queries.</param>
public sealed record SectionInfo(
    string Id,
    string? ParentId,
    string Code,
    string Name,
    int SortOrder,
    string Path)
{
    public string? Description { get; init; }

    /// <summary>The org unit that owns it (部门信息/教育局 → 教育局), shown and used as default 发布单位.</summary>
    public string? OwnerUnitId { get; init; }

    /// <summary>Editors submit; only reviewers publish (送审).</summary>
    public bool RequiresReview { get; init; }

    /// <summary>Content types allowed here; empty allows every type with the Section part.</summary>
    public IReadOnlyList<string> ContentTypes { get; init; } = [];

    /// <summary>A disabled section is hidden from the portal and accepts no new items.</summary>
    public bool IsEnabled { get; init; } = true;

    public IReadOnlyList<SectionRule> Rules { get; init; } = [];
}
