using Anshun.Core.Security;

namespace Anshun.FileLibrary.Models;

/// <summary>One principal of a folder's readers or managers: a row of <c>FileLib_FolderRules</c>.</summary>
public sealed class FolderRule
{
    public long Id { get; set; }

    public string FolderId { get; set; } = "";

    public FolderRuleRole Role { get; set; }

    public PrincipalKind Kind { get; set; }

    /// <summary>User id, role name or unit id.</summary>
    public string Value { get; set; } = "";

    /// <summary>The role of a <see cref="PrincipalKind.UnitRole"/> rule.</summary>
    public string? UnitRole { get; set; }

    public PrincipalRule ToPrincipalRule() => new(Kind, Value, UnitRole);
}
