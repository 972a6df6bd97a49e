using Anshun.Contents.Models;
using Anshun.Core.Security;

namespace Anshun.Contents.Sections;

/// <summary>A row of <c>Content_SectionRules</c>: one 编辑/审核/阅读 grant on a section.</summary>
public sealed class SectionRuleRecord
{
    public string Id { get; set; } = "";

    public string SectionId { get; set; } = "";

    public SectionRole Role { get; set; }

    public PrincipalKind Kind { get; set; }

    /// <summary>User id, role name or unit id as <see cref="Kind"/> says.</summary>
    public string Value { get; set; } = "";

    /// <summary>The role name of a <see cref="PrincipalKind.UnitRole"/> rule.</summary>
    public string? RoleName { get; set; }

    public int SortOrder { get; set; }
}
