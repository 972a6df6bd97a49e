using System.Security.Claims;
using Anshun.Audit.Models;
using Anshun.Core.Audit;
using Anshun.Core.Data;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace Anshun.Audit.Services;

/// <summary>
/// Appends records to the hash chain. Appends are serialized across requests and nodes: the write
/// joins the scope's transaction and takes the chain lock before reading the last record, so the
/// next sequence number and previous hash are always those of the true end of the chain.
/// </summary>
public sealed class AuditLog(
    AuditDbContext db,
    IDataSession session,
    DatabaseProvider database,
    TimeProvider time,
    IHttpContextAccessor httpContextAccessor) : IAuditLog
{
    /// <summary>Key of the PostgreSQL transaction-level advisory lock guarding the end of the chain.</summary>
    public const long ChainLockKey = 0x416E7368756E41; // "AnshunA"

    public async Task WriteAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(entry.EventType);
        await using var transaction = await session.BeginTransactionAsync(cancellationToken);
        await LockChainAsync(cancellationToken);

        var last = await db.Records.AsNoTracking()
            .OrderByDescending(r => r.Sequence)
            .Select(r => new { r.Sequence, r.Hash })
            .FirstOrDefaultAsync(cancellationToken);

        var record = CreateRecord(entry);
        record.Sequence = (last?.Sequence ?? 0) + 1;
        record.PreviousHash = last?.Hash ?? AuditChainHasher.GenesisHash;
        record.Hash = AuditChainHasher.ComputeHash(record);

        db.Records.Add(record);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        finally
        {
            // The record is immutable; keeping it tracked would only grow the context.
            db.Entry(record).State = EntityState.Detached;
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private async Task LockChainAsync(CancellationToken cancellationToken)
    {
        if (database.IsSqlite)
        {
            // SQLite transactions begun by the data session are BEGIN IMMEDIATE: the database write
            // lock is already held, so no other writer can append between our read and insert.
            return;
        }

        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({ChainLockKey})", cancellationToken);
    }

    private AuditRecord CreateRecord(AuditEntry entry)
    {
        var context = httpContextAccessor.HttpContext;
        var principal = context?.User;
        var signedIn = principal?.Identity?.IsAuthenticated == true ? principal : null;
        var userName = entry.UserName ?? signedIn?.Identity?.Name;
        string? userId = null;
        if (signedIn is not null && string.Equals(userName, signedIn.Identity?.Name, StringComparison.Ordinal))
        {
            userId = signedIn.FindFirstValue(ClaimTypes.NameIdentifier);
        }

        return new AuditRecord
        {
            TimeUtc = AuditChainHasher.NormalizeTime(time.GetUtcNow().UtcDateTime),
            EventType = Clean(entry.EventType, AuditLimits.EventType)!,
            UserName = Clean(userName, AuditLimits.UserName),
            UserId = Clean(userId, AuditLimits.UserId),
            ClientIp = Clean(context?.Connection.RemoteIpAddress?.ToString(), AuditLimits.ClientIp),
            Target = Clean(entry.Target, AuditLimits.Target),
            Detail = Clean(entry.Detail, int.MaxValue),
            Succeeded = entry.Succeeded,
            PreviousHash = "",
            Hash = "",
        };
    }

    /// <summary>PostgreSQL refuses NUL characters in text; over-long values are cut rather than losing the record.</summary>
    private static string? Clean(string? value, int maxLength)
    {
        if (value is null)
        {
            return null;
        }

        value = value.Replace("\0", "", StringComparison.Ordinal);
        return value.Length > maxLength ? value[..maxLength] : value;
    }
}
