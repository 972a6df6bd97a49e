namespace Anshun.Core.Security;

/// <summary>
/// 三员分立: the three separated administrator remits. A permission belongs to at most one remit;
/// a role may not mix remits and an account may never hold permissions of two remits.
/// </summary>
public enum AdminRemit
{
    /// <summary>An ordinary permission.</summary>
    None = 0,

    /// <summary>系统管理员: users, roles, settings, modules.</summary>
    System = 1,

    /// <summary>安全保密管理员: security policy, 密级 of users, unlocks.</summary>
    Security = 2,

    /// <summary>安全审计员: reads the audit log.</summary>
    Audit = 3,
}
