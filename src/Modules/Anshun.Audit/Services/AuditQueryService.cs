using Anshun.Audit.Models;
using Microsoft.EntityFrameworkCore;

namespace Anshun.Audit.Services;

/// <summary>Reads the audit log for the auditor: filtered, newest first, a page at a time.</summary>
public sealed class AuditQueryService(AuditDbContext db)
{
    public async Task<AuditPage> SearchAsync(AuditFilter filter, CancellationToken cancellationToken = default)
    {
        var query = db.Records.AsNoTracking();
        if (filter.FromUtc is { } from)
        {
            query = query.Where(r => r.TimeUtc >= from);
        }

        if (filter.ToUtc is { } to)
        {
            query = query.Where(r => r.TimeUtc < to);
        }

        if (!string.IsNullOrWhiteSpace(filter.UserName))
        {
            var userName = filter.UserName.Trim();
            query = query.Where(r => r.UserName == userName);
        }

        if (!string.IsNullOrWhiteSpace(filter.EventType))
        {
            var eventType = filter.EventType.Trim();
            query = query.Where(r => r.EventType == eventType);
        }

        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(r => r.Sequence)
            .Skip(Math.Max(0, filter.Skip))
            .Take(Math.Clamp(filter.Take, 1, AuditFilter.MaxTake))
            .ToListAsync(cancellationToken);
        return new AuditPage(total, items);
    }

    /// <summary>Event types for the filter: the named platform types, then any others that occur in the log.</summary>
    public async Task<IReadOnlyList<string>> EventTypesAsync(CancellationToken cancellationToken = default)
    {
        var used = await db.Records.AsNoTracking().Select(r => r.EventType).Distinct().ToListAsync(cancellationToken);
        return AuditEventNames.KnownTypes
            .Concat(used.Where(t => !AuditEventNames.IsKnown(t)).Order(StringComparer.Ordinal))
            .ToList();
    }
}
