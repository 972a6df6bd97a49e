using Anshun.Contents.Models;

namespace Anshun.Contents.ViewModels;

/// <summary>编辑、审核、阅读范围 of one section.</summary>
public sealed class SectionRulesViewModel
{
    public required SectionInfo Section { get; init; }

    public required IReadOnlyList<SectionRuleRow> Rules { get; init; }

    /// <summary>Names of the ancestors whose reader rules also limit who reads this section.</summary>
    public required IReadOnlyList<string> RestrictedAncestors { get; init; }

    public required IReadOnlyList<SectionOption> RoleOptions { get; init; }

    public required IReadOnlyList<SectionOption> UnitOptions { get; init; }

    public SectionRuleInput Input { get; init; } = new();
}
