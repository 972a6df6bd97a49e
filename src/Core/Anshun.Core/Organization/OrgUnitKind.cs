namespace Anshun.Core.Organization;

/// <summary>The kind of an org unit (组织机构类型).</summary>
public enum OrgUnitKind
{
    /// <summary>市政府办公室: the centre.</summary>
    Office = 0,

    /// <summary>市直部门.</summary>
    Department = 1,

    /// <summary>县区 / 管委会.</summary>
    County = 2,

    /// <summary>乡镇 / 街道.</summary>
    Township = 3,

    /// <summary>内设机构 (处室、科室).</summary>
    Division = 4,
}
