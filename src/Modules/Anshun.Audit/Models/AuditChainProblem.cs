namespace Anshun.Audit.Models;

/// <summary>How the hash chain is broken at the first bad link.</summary>
public enum AuditChainProblem
{
    None,

    /// <summary>篡改: the record's fields no longer match its hash.</summary>
    Altered,

    /// <summary>缺失: a sequence number is missing, the record was deleted.</summary>
    Missing,

    /// <summary>链接断开: the record does not follow the one before it (removed, replaced or reordered).</summary>
    ChainMismatch,
}
