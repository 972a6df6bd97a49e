using Anshun.Contents.Models;

namespace Anshun.Contents.ViewModels;

/// <summary>栏目管理: the whole tree with each section's owner and rule summary.</summary>
public sealed class SectionIndexViewModel
{
    public required IReadOnlyList<SectionInfo> Sections { get; init; }

    /// <summary>Depth of each section (0 for top level), for indenting the tree table.</summary>
    public required IReadOnlyDictionary<string, int> Depths { get; init; }

    public required IReadOnlyDictionary<string, string> UnitNames { get; init; }

    /// <summary>Chinese labels of each section's rules by role.</summary>
    public required IReadOnlyDictionary<string, ILookup<SectionRole, string>> RuleLabels { get; init; }

    public required IReadOnlySet<string> SectionsWithChildren { get; init; }
}
