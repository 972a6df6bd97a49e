namespace Anshun.Core.Security;

/// <summary>Who a rule (栏目、文件夹的编辑/审核/阅读范围) names.</summary>
public enum PrincipalKind
{
    /// <summary>One user, by user id.</summary>
    User = 0,

    /// <summary>Everyone holding a role, by role name (e.g. <c>Staff</c>).</summary>
    Role = 1,

    /// <summary>Every member of an org unit or of any unit below it, by unit id.</summary>
    Unit = 2,

    /// <summary>Members of an org unit (or below it) who also hold a role: 本单位信息员.</summary>
    UnitRole = 3,
}
