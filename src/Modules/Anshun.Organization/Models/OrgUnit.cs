using Anshun.Core.Organization;

namespace Anshun.Organization.Models;

/// <summary>An org unit (组织机构): the 市政府办公室, a department, a county, a township or a division.</summary>
public sealed class OrgUnit
{
    public string Id { get; set; } = "";

    public string? ParentId { get; set; }

    /// <summary>Stable, unique code (单位代码), e.g. <c>JYJ</c>; recipes and other modules refer to units by it.</summary>
    public string Code { get; set; } = "";

    /// <summary>Full official name (全称), e.g. 安顺市教育局.</summary>
    public string Name { get; set; } = "";

    /// <summary>Everyday name (简称), e.g. 教育局.</summary>
    public string? ShortName { get; set; }

    public OrgUnitKind Kind { get; set; }

    /// <summary>Position among its siblings, ascending.</summary>
    public int SortOrder { get; set; }

    /// <summary>Ids from the root to this unit joined by '/'; kept up to date when a unit moves.</summary>
    public string Path { get; set; } = "";

    /// <summary>False once the unit is 停用 (deactivated); units are never deleted.</summary>
    public bool IsActive { get; set; } = true;

    /// <summary>联系电话.</summary>
    public string? Phone { get; set; }

    /// <summary>办公地址.</summary>
    public string? Address { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime UpdatedUtc { get; set; }

    /// <summary>How many ancestors the unit has (0 for a root).</summary>
    public int Depth => Path.Count(c => c == '/');

    public OrgUnitInfo ToInfo() => new(Id, ParentId, Code, Name, Kind, SortOrder, Path, IsActive);
}
