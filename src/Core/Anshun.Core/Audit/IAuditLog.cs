namespace Anshun.Core.Audit;

/// <summary>
/// The append-only, hash-chained audit log. Every module writes its security-relevant events here.
/// A write joins the scope's open transaction, so an action that rolls back leaves no audit record of itself.
/// </summary>
public interface IAuditLog
{
    Task WriteAsync(AuditEntry entry, CancellationToken cancellationToken = default);
}
