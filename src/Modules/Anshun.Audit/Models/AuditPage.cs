namespace Anshun.Audit.Models;

/// <summary>One page of records, newest first, and how many match the filter in all.</summary>
public sealed record AuditPage(int Total, IReadOnlyList<AuditRecord> Items);
