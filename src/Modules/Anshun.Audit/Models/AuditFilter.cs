namespace Anshun.Audit.Models;

/// <summary>What the auditor asks for: a time window (UTC, end exclusive), a user, an event type and a page.</summary>
public sealed record AuditFilter
{
    public const int DefaultTake = 100;
    public const int MaxTake = 1000;

    public DateTime? FromUtc { get; init; }

    public DateTime? ToUtc { get; init; }

    public string? UserName { get; init; }

    public string? EventType { get; init; }

    public int Skip { get; init; }

    public int Take { get; init; } = DefaultTake;
}
