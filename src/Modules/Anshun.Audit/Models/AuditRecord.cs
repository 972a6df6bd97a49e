namespace Anshun.Audit.Models;

/// <summary>
/// 审计记录: one link of the hash chain. Records are only ever appended; <see cref="Hash"/> covers
/// every field and the previous record's hash, so any change or removal breaks the chain.
/// </summary>
public sealed class AuditRecord
{
    /// <summary>顺序号: 1, 2, 3… without gaps.</summary>
    public long Sequence { get; set; }

    /// <summary>UTC, truncated to microseconds so that every database stores it exactly.</summary>
    public DateTime TimeUtc { get; set; }

    public required string EventType { get; set; }

    public string? UserName { get; set; }

    public string? UserId { get; set; }

    public string? ClientIp { get; set; }

    public string? Target { get; set; }

    public string? Detail { get; set; }

    public bool Succeeded { get; set; }

    /// <summary>Hex SHA-256 of the previous record; 64 zeros for the first.</summary>
    public required string PreviousHash { get; set; }

    /// <summary>Hex SHA-256 of this record's canonical form (see <c>AuditChainHasher</c>).</summary>
    public required string Hash { get; set; }
}
